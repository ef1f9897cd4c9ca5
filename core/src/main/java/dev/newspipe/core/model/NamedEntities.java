package dev.newspipe.core.model;

import java.util.List;
import java.util.Locale;

/**
 * People, organisations and places named in an article, each once, in order of first mention; {@code mentions} says
 * where each was first named (offsets into the article text {@code headline + "\n" + body}, as {@code Newsdesk.enrich}
 * builds it).
 */
public record NamedEntities(List<String> people, List<String> organizations, List<String> places, List<Mention> mentions) {

    public static final NamedEntities NONE = new NamedEntities(List.of(), List.of(), List.of());

    public enum Type {
        PERSON, ORGANIZATION, PLACE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The first mention of an entity: {@code text.substring(start, end).equals(name)}.
     *
     * @param cue why it was taken for this type (the post before a name, the institution suffix, the gazetteer …)
     */
    public record Mention(Type type, String name, int start, int end, String cue) {}

    public NamedEntities {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
    }

    /** Names without mentions (e.g. read back from Avro, which keeps the three lists). */
    public NamedEntities(List<String> people, List<String> organizations, List<String> places) {
        this(people, organizations, places, List.of());
    }
}
