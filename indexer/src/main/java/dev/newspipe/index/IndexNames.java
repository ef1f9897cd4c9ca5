package dev.newspipe.index;

/**
 * The aliases the indexer writes to and searches read from. Each points at one concrete index
 * ({@code news-articles-000001}), so a mapping change is rolled out by creating the next index, reindexing
 * and moving the alias.
 */
public record IndexNames(String articles, String figures) {

    /** The first concrete index behind an alias. */
    public static String firstIndex(String alias) {
        return alias + "-000001";
    }
}
