package dev.newspipe.bench.quality;

import java.io.PrintWriter;

/**
 * One part of the quality report. The report prints its sections in order; a new measure (entity precision and
 * recall, session accuracy) is a new section added to {@link QualityReport#STANDARD_SECTIONS} or passed to
 * {@link QualityReport#print}, reading the same {@link QualityRun}.
 */
public interface Section {

    String title();

    void print(QualityRun run, PrintWriter out);
}
