package org.pwckg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pwckg.ontology.Namespaces;

/**
 * Everything the server is started with. Immutable: a change is a new record ({@code with…}).
 *
 * @param database the TDB2 folder
 * @param host the interface to bind (loopback unless told otherwise)
 * @param port 0 picks a free port
 * @param dataBase the base of the entity IRIs stored in the database
 * @param publicBase where the server is reached from outside, when that is not the request's own
 *     origin (behind a proxy or w3id redirect); empty means "the origin of each request"
 * @param queryTimeout every query, SPARQL or API, is stopped after this long
 * @param maxRows the most solutions a SPARQL query returns
 * @param maxRequestBytes the largest request body accepted
 * @param updateToken SPARQL Update is enabled only when set, and then only with this bearer token
 * @param dumps where the downloadable dumps are kept (built on first request)
 * @param cachedAnswers how many API answers (paper pages, leaderboards, task pages) are kept until
 *     the data changes; 0 computes every request afresh
 * @param loadSources the IRI prefixes SPARQL Update's {@code LOAD} may read from (e.g. {@code
 *     file:///srv/rdf/}); empty (the default) refuses every LOAD, so the update token never lets a
 *     client read the server's files or make it fetch from the network
 * @param corsOrigins the origins (e.g. {@code https://editor.example.org}) whose pages may send the
 *     update token; every origin may read
 * @param adminToken live ingest ({@code POST /admin/ingest}) is enabled only when set, and then
 *     only with this bearer token; no origin's pages may use it (CORS never opens {@code /admin})
 * @param maxIngestBytes the largest upload of dump files to a live ingest
 */
public record ServerConfig(
    Path database,
    String host,
    int port,
    String dataBase,
    Optional<String> publicBase,
    Duration queryTimeout,
    int maxRows,
    long maxRequestBytes,
    Optional<String> updateToken,
    Path dumps,
    long cachedAnswers,
    List<String> loadSources,
    List<String> corsOrigins,
    Optional<String> adminToken,
    long maxIngestBytes) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
  public static final int DEFAULT_MAX_ROWS = 100_000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

  /**
   * The upload of a live ingest: the five official dump files gzip'd are ~626 MB, uncompressed ~2.7
   * GB; 8 GB leaves room for growth without letting a client fill the disk unbounded.
   */
  public static final long DEFAULT_MAX_INGEST_BYTES = 8L << 30;

  /** A paper page is ~5–30 KB in memory, so this stays within ~100 MB of heap. */
  public static final long DEFAULT_CACHED_ANSWERS = 5_000;

  public ServerConfig {
    dataBase = slashed(dataBase);
    publicBase = publicBase.map(ServerConfig::slashed);
    if (queryTimeout.isNegative() || queryTimeout.isZero())
      throw new IllegalArgumentException("query timeout must be positive");
    if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
    if (cachedAnswers < 0) throw new IllegalArgumentException("cached answers must be 0 or more");
    loadSources = List.copyOf(loadSources);
    corsOrigins = List.copyOf(corsOrigins);
    if (maxIngestBytes < 1)
      throw new IllegalArgumentException("max ingest bytes must be at least 1");
  }

  /** Defaults for a database: loopback, port 8080, 10 s timeout, dumps beside the database. */
  public static ServerConfig of(Path database) {
    Path dumps = database.toAbsolutePath().resolveSibling(database.getFileName() + "-dumps");
    return new ServerConfig(
        database,
        DEFAULT_HOST,
        DEFAULT_PORT,
        Namespaces.DEFAULT_BASE,
        Optional.empty(),
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_ROWS,
        DEFAULT_MAX_REQUEST_BYTES,
        Optional.empty(),
        dumps,
        DEFAULT_CACHED_ANSWERS,
        List.of(),
        List.of(),
        Optional.empty(),
        DEFAULT_MAX_INGEST_BYTES);
  }

  public ServerConfig withPort(int newPort) {
    return with(c -> c.port = newPort);
  }

  public ServerConfig withHost(String newHost) {
    return with(c -> c.host = newHost);
  }

  public ServerConfig withDataBase(String base) {
    return with(c -> c.dataBase = base);
  }

  public ServerConfig withPublicBase(String base) {
    return with(c -> c.publicBase = Optional.ofNullable(base));
  }

  public ServerConfig withQueryTimeout(Duration timeout) {
    return with(c -> c.queryTimeout = timeout);
  }

  public ServerConfig withMaxRows(int rows) {
    return with(c -> c.maxRows = rows);
  }

  public ServerConfig withMaxRequestBytes(long bytes) {
    return with(c -> c.maxRequestBytes = bytes);
  }

  public ServerConfig withUpdateToken(String token) {
    return with(c -> c.updateToken = Optional.ofNullable(token));
  }

  public ServerConfig withDumps(Path folder) {
    return with(c -> c.dumps = folder);
  }

  public ServerConfig withCachedAnswers(long entries) {
    return with(c -> c.cachedAnswers = entries);
  }

  public ServerConfig withLoadSources(List<String> prefixes) {
    return with(c -> c.loadSources = prefixes);
  }

  public ServerConfig withCorsOrigins(List<String> origins) {
    return with(c -> c.corsOrigins = origins);
  }

  public ServerConfig withAdminToken(String token) {
    return with(c -> c.adminToken = Optional.ofNullable(token));
  }

  public ServerConfig withMaxIngestBytes(long bytes) {
    return with(c -> c.maxIngestBytes = bytes);
  }

  /** A copy with {@code change} applied: every {@code with…} is one assignment here. */
  private ServerConfig with(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** The fields of a config being changed; the record's constructor checks the result. */
  private static final class Copy {
    Path database;
    String host;
    int port;
    String dataBase;
    Optional<String> publicBase;
    Duration queryTimeout;
    int maxRows;
    long maxRequestBytes;
    Optional<String> updateToken;
    Path dumps;
    long cachedAnswers;
    List<String> loadSources;
    List<String> corsOrigins;
    Optional<String> adminToken;
    long maxIngestBytes;

    Copy(ServerConfig c) {
      database = c.database;
      host = c.host;
      port = c.port;
      dataBase = c.dataBase;
      publicBase = c.publicBase;
      queryTimeout = c.queryTimeout;
      maxRows = c.maxRows;
      maxRequestBytes = c.maxRequestBytes;
      updateToken = c.updateToken;
      dumps = c.dumps;
      cachedAnswers = c.cachedAnswers;
      loadSources = c.loadSources;
      corsOrigins = c.corsOrigins;
      adminToken = c.adminToken;
      maxIngestBytes = c.maxIngestBytes;
    }

    ServerConfig build() {
      return new ServerConfig(
          database,
          host,
          port,
          dataBase,
          publicBase,
          queryTimeout,
          maxRows,
          maxRequestBytes,
          updateToken,
          dumps,
          cachedAnswers,
          loadSources,
          corsOrigins,
          adminToken,
          maxIngestBytes);
    }
  }

  private static String slashed(String base) {
    return base.endsWith("/") ? base : base + "/";
  }
}
