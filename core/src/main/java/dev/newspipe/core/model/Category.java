package dev.newspipe.core.model;

import java.util.Locale;

/** The kinds of article newspipe tells apart. */
public enum Category {
    /** Notices (公告) of a congress, its presidium or standing committee; reports of session proceedings. */
    SESSION_NOTICE,
    /** A 决议 or 决定 adopted by such a body. */
    RESOLUTION,
    /** The text of a work report, a continuation fragment of one, or its summary. */
    WORK_REPORT,
    OTHER;

    /** The name used on the wire and in Elasticsearch: {@code session_notice}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
