package dev.newspipe.core.model;

import java.util.List;

/** People, organisations and places named in an article, each once, in order of first mention. */
public record NamedEntities(List<String> people, List<String> organizations, List<String> places) {

    public static final NamedEntities NONE = new NamedEntities(List.of(), List.of(), List.of());

    public NamedEntities {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
    }
}
