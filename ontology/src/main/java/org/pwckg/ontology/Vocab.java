package org.pwckg.ontology;

import static org.pwckg.ontology.Namespaces.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every class and property the graph uses, as Jena nodes. The ontology file ({@code pwckg.ttl})
 * documents each of them; a test checks that the two agree.
 */
public final class Vocab {
  private Vocab() {}

  static Node iri(String ns, String local) {
    return NodeFactory.createURI(ns + local);
  }

  // ---- Classes
  public static final Node PAPER = iri(FABIO, "ResearchPaper");
  public static final Node SCHOLARLY_ARTICLE = iri(SCHEMA, "ScholarlyArticle");
  public static final Node PERSON = iri(FOAF, "Person");
  public static final Node TASK = iri(MLS, "Task");
  public static final Node AREA = iri(PWC, "ResearchArea");
  public static final Node DATASET = iri(DCAT, "Dataset");
  public static final Node METHOD = iri(MLS, "Algorithm");
  public static final Node METHOD_COLLECTION = iri(PWC, "MethodCollection");
  public static final Node REPOSITORY = iri(SCHEMA, "SoftwareSourceCode");
  public static final Node CODE_LINK = iri(PWC, "CodeLink");
  public static final Node EVALUATION_TABLE = iri(PWC, "EvaluationTable");
  public static final Node METRIC = iri(MLS, "EvaluationMeasure");
  public static final Node MODEL = iri(MLS, "Model");
  public static final Node RESULT = iri(PWC, "Result");
  public static final Node SCORE = iri(MLS, "ModelEvaluation");
  public static final Node PROCEEDING = iri(FABIO, "ConferenceProceedings");
  public static final Node CONFERENCE = iri(SCHEMA, "Event");
  public static final Node FIGURE = iri(SCHEMA, "ImageObject");

  // ---- Generic descriptive properties
  public static final Node TYPE = iri(RDF, "type");
  public static final Node LABEL = iri(RDFS, "label");
  public static final Node TITLE = iri(DCTERMS, "title");
  public static final Node ABSTRACT = iri(DCTERMS, "abstract");
  public static final Node DESCRIPTION = iri(DCTERMS, "description");
  public static final Node ISSUED = iri(DCTERMS, "issued");
  public static final Node DATE = iri(DCTERMS, "date");
  public static final Node CREATOR = iri(DCTERMS, "creator");
  public static final Node AUTHOR_LIST = iri(BIBO, "authorList");
  public static final Node FIRST = iri(RDF, "first");
  public static final Node REST = iri(RDF, "rest");
  public static final Node NIL = iri(RDF, "nil");
  public static final Node NAME = iri(FOAF, "name");
  public static final Node ALTERNATE_NAME = iri(SCHEMA, "alternateName");
  public static final Node HOMEPAGE = iri(FOAF, "homepage");
  public static final Node PAGE = iri(FOAF, "page");
  public static final Node URL = iri(SCHEMA, "url");
  public static final Node SAME_AS = iri(OWL, "sameAs");
  public static final Node SCHEMA_SAME_AS = iri(SCHEMA, "sameAs");
  public static final Node IS_PART_OF = iri(DCTERMS, "isPartOf");
  public static final Node IS_REPLACED_BY = iri(DCTERMS, "isReplacedBy");
  public static final Node LANGUAGE = iri(DCTERMS, "language");
  public static final Node SOURCE = iri(DCTERMS, "source");
  public static final Node BROADER = iri(SKOS, "broader");
  public static final Node ALT_LABEL = iri(SKOS, "altLabel");
  public static final Node POSITION = iri(SCHEMA, "position");

  // ---- Paper
  public static final Node ARXIV_ID = iri(PWC, "arxivId");
  public static final Node NIPS_ID = iri(PWC, "nipsId");
  public static final Node PDF_URL = iri(PWC, "pdfUrl");
  public static final Node PAPER_TASK = iri(PWC, "task");
  public static final Node PAPER_METHOD = iri(PWC, "method");
  public static final Node CONFERENCE_URL_ABS = iri(PWC, "conferenceUrlAbs");
  public static final Node CONFERENCE_URL_PDF = iri(PWC, "conferenceUrlPdf");
  public static final Node CONFERENCE_PROP = iri(PWC, "conference");

  // ---- Task, dataset, method
  public static final Node AREA_PROP = iri(PWC, "area");
  public static final Node VARIANT = iri(PWC, "variant");
  public static final Node MODALITY = iri(PWC, "modality");
  public static final Node INTRODUCED_IN = iri(PWC, "introducedIn");
  public static final Node INTRODUCED_YEAR = iri(PWC, "introducedYear");
  public static final Node COLLECTION = iri(PWC, "collection");
  public static final Node CODE_SNIPPET = iri(PWC, "codeSnippet");
  public static final Node DATA_LOADER = iri(PWC, "dataLoader");

  // ---- Code links
  public static final Node LINK_PAPER = iri(PWC, "paper");
  public static final Node LINK_REPOSITORY = iri(PWC, "repository");
  public static final Node IS_OFFICIAL = iri(PWC, "isOfficial");
  public static final Node FRAMEWORK = iri(PWC, "framework");
  public static final Node MENTIONED_IN_PAPER = iri(PWC, "mentionedInPaper");
  public static final Node MENTIONED_IN_GITHUB = iri(PWC, "mentionedInGithub");
  public static final Node CODE_REPOSITORY = iri(SCHEMA, "codeRepository");

  // ---- Ingest provenance (named graph <base>graph/ingest)
  public static final Node ACTIVITY = iri(PROV, "Activity");
  public static final Node STARTED_AT = iri(PROV, "startedAtTime");
  public static final Node ENDED_AT = iri(PROV, "endedAtTime");
  public static final Node URI_SPACE = iri(VOID, "uriSpace");
  public static final Node DUMP_KIND = iri(PWC, "dumpKind");
  public static final Node SOURCE_FILE = iri(PWC, "sourceFile");
  public static final Node SHA256 = iri(PWC, "sha256");
  public static final Node RECORDS_READ = iri(PWC, "recordsRead");
  public static final Node RECORDS_WRITTEN = iri(PWC, "recordsWritten");
  public static final Node RECORDS_SKIPPED = iri(PWC, "recordsSkipped");
  public static final Node EMPTY_VALUES = iri(PWC, "emptyValues");
  public static final Node TRIPLES_WRITTEN = iri(PWC, "triplesWritten");

  // ---- Evaluation tables and results
  public static final Node TABLE_TASK = iri(PWC, "task");
  public static final Node TABLE_DATASET = iri(PWC, "dataset");
  public static final Node TABLE_METRIC = iri(PWC, "metric");
  public static final Node PRIMARY_METRIC = iri(PWC, "primaryMetric");
  public static final Node METRIC_COLUMN = iri(PWC, "metricColumn");
  public static final Node RAW_NAME = iri(PWC, "rawName");
  public static final Node METRIC_COLUMN_CLASS = iri(PWC, "MetricColumn");
  public static final Node COLUMN_METRIC = iri(PWC, "columnMetric");
  public static final Node DIRECTION = iri(PWC, "direction");
  public static final Node HIGHER_IS_BETTER = iri(PWC, "HigherIsBetter");
  public static final Node LOWER_IS_BETTER = iri(PWC, "LowerIsBetter");
  public static final Node DIRECTION_RULE = iri(PWC, "directionRule");
  public static final Node RESULT_TABLE = iri(PWC, "evaluationTable");
  public static final Node RESULT_MODEL = iri(PWC, "model");
  public static final Node RESULT_PAPER = iri(PWC, "paper");
  public static final Node PAPER_MATCH = iri(PWC, "paperMatch");
  public static final Node MATCHED_BY_PWC_URL = iri(PWC, "MatchedByPwcUrl");
  public static final Node MATCHED_BY_ARXIV_ID = iri(PWC, "MatchedByArxivId");
  public static final Node MATCHED_BY_TITLE = iri(PWC, "MatchedByTitle");
  public static final Node MATCHED_BY_PAPER_URL = iri(PWC, "MatchedByPaperUrl");
  public static final Node UNMATCHED = iri(PWC, "Unmatched");
  public static final Node USES_EXTRA_DATA = iri(PWC, "usesExtraTrainingData");
  public static final Node HAS_SCORE = iri(PWC, "score");
  public static final Node SPECIFIED_BY = iri(MLS, "specifiedBy");
  public static final Node HAS_VALUE = iri(MLS, "hasValue");
  public static final Node SPREAD = iri(PWC, "spread");
  public static final Node RAW_VALUE = iri(PWC, "rawValue");
  public static final Node VALUE_STATUS = iri(PWC, "valueStatus");
  public static final Node PARSED = iri(PWC, "Parsed");
  public static final Node UNPARSEABLE = iri(PWC, "Unparseable");

  // ---- Figures (a figure is dcterms:isPartOf its paper)
  public static final Node CAPTION = iri(SCHEMA, "caption");
  public static final Node WIDTH = iri(SCHEMA, "width");
  public static final Node HEIGHT = iri(SCHEMA, "height");
  public static final Node ENCODING_FORMAT = iri(SCHEMA, "encodingFormat");
  public static final Node CONTENT_SIZE = iri(SCHEMA, "contentSize");
  public static final Node CONTENT_URL = iri(SCHEMA, "contentUrl");
  public static final Node THUMBNAIL_URL = iri(SCHEMA, "thumbnailUrl");
  // and SHA256 (pwc:sha256), shared with the ingest provenance above

  // ---- Related-paper links (materialised by `pwckg relate` in the named graph
  // <base>graph/related)
  public static final Node RELATED_LINK = iri(PWC, "RelatedPaperLink");
  public static final Node RELATED_PAPERS_RUN = iri(PWC, "RelatedPapersRun");
  public static final Node LINK_SOURCE = iri(PWC, "sourcePaper");
  public static final Node LINK_TARGET = iri(PWC, "targetPaper");
  public static final Node RELATED_PAPER = iri(PWC, "relatedPaper");
  public static final Node RELATEDNESS = iri(PWC, "relatedness");
  public static final Node TEXT_SIMILARITY = iri(PWC, "textSimilarity");
  public static final Node SIGNAL = iri(PWC, "signal");
  public static final Node SHARED_ENTITY = iri(PWC, "sharedEntity");
  public static final Node EMBEDDING_MODEL = iri(PWC, "embeddingModel");
  public static final Node INPUTS_FINGERPRINT = iri(PWC, "inputsFingerprint");
  public static final Node WAS_GENERATED_BY = iri(PROV, "wasGeneratedBy");
}
