package org.pwckg.generate;

import java.nio.file.Path;
import java.util.Map;
import org.pwckg.generate.world.Scale;

/** What a run wrote: the counts it aimed at and each file's size in bytes. */
public record GenerateReport(Scale scale, Map<Path, Long> files, long millis) {}
