package org.pwckg.generate.profile;

import java.util.List;

/** The file names of the five PWC dumps. */
public final class DumpNames {
  public static final String PAPERS = "papers-with-abstracts.json.gz";
  public static final String LINKS = "links-between-papers-and-code.json.gz";
  public static final String TABLES = "evaluation-tables.json.gz";
  public static final String METHODS = "methods.json.gz";
  public static final String DATASETS = "datasets.json.gz";
  public static final List<String> ALL = List.of(PAPERS, LINKS, TABLES, METHODS, DATASETS);

  private DumpNames() {}
}
