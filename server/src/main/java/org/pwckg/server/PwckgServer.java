package org.pwckg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.pwckg.ontology.Namespaces;
import org.pwckg.search.SearchStack;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.server.admin.AdminGuard;
import org.pwckg.server.admin.AdminRoutes;
import org.pwckg.server.admin.LiveIngest;
import org.pwckg.server.api.ApiRoutes;
import org.pwckg.server.api.CatalogService;
import org.pwckg.server.api.Ids;
import org.pwckg.server.api.PaperSearch;
import org.pwckg.server.api.PaperService;
import org.pwckg.server.api.SotaService;
import org.pwckg.server.api.TaskService;
import org.pwckg.server.backup.BackupRoutes;
import org.pwckg.server.error.ErrorMapper;
import org.pwckg.server.error.JettyErrors;
import org.pwckg.server.figures.FigureRoutes;
import org.pwckg.server.figures.FigureService;
import org.pwckg.server.http.Cors;
import org.pwckg.server.http.Limits;
import org.pwckg.server.http.PublicUrls;
import org.pwckg.server.http.RequestLog;
import org.pwckg.server.ld.Dumps;
import org.pwckg.server.ld.EntityDescriber;
import org.pwckg.server.ld.LinkedDataRoutes;
import org.pwckg.server.search.IndexFollower;
import org.pwckg.server.search.SearchRoutes;
import org.pwckg.server.search.ServerSearch;
import org.pwckg.server.sparql.DatasetStats;
import org.pwckg.server.sparql.SparqlExecutor;
import org.pwckg.server.sparql.SparqlRoutes;
import org.pwckg.server.sparql.UpdateExecutor;
import org.pwckg.server.sparql.UpdateGuard;
import org.pwckg.server.store.AnswerCache;
import org.pwckg.server.store.Store;
import org.pwckg.server.web.WebRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running server: the database, the services over it, and Javalin in front. */
public final class PwckgServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PwckgServer.class);
  private final Javalin app;
  private final Store store;
  private final SearchStack search;
  private final FigureService figures;
  private final IndexFollower follower;
  private final LiveIngest ingest;
  private final DatasetStats stats;
  private final TaskService tasks;

  private PwckgServer(
      Javalin app,
      Store store,
      SearchStack search,
      FigureService figures,
      IndexFollower follower,
      LiveIngest ingest,
      DatasetStats stats,
      TaskService tasks) {
    this.app = app;
    this.stats = stats;
    this.tasks = tasks;
    this.store = store;
    this.search = search;
    this.figures = figures;
    this.follower = follower;
    this.ingest = ingest;
  }

  /** Opens the database of {@code config} and starts serving it. */
  public static PwckgServer start(ServerConfig config) {
    long t0 = System.nanoTime();
    Store store = Store.open(config.database(), config.queryTimeout());
    LOG.info("Opened {} in {} ms", config.database(), (System.nanoTime() - t0) / 1_000_000);
    return start(withRecordedBase(config, store), store);
  }

  /** Starts serving an open store; the server closes it when it stops. */
  public static PwckgServer start(ServerConfig config, Store store) {
    SearchStack search;
    try {
      search = ServerSearch.open(config.database(), config.dataBase(), store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    try {
      return start(config, store, search);
    } catch (RuntimeException e) {
      search.close();
      throw e;
    }
  }

  private static PwckgServer start(ServerConfig config, Store store, SearchStack search) {
    long t0 = System.nanoTime();
    PublicUrls urls = new PublicUrls(config.dataBase(), config.publicBase());
    DatasetStats stats = new DatasetStats(store);
    Dumps dumps = new Dumps(store, config.dumps());
    Ids ids = new Ids(config.dataBase());
    FigureService figureService = new FigureService(store, config.dataBase(), config.database());
    RelatedPapers related = search.related().withFigures(figureService::papersLikeFiguresOf);
    AnswerCache answers = new AnswerCache(config.cachedAnswers());
    PaperService papers = new PaperService(store, ids, related, answers);
    PaperSearch listing = new PaperSearch(store, search.listing(), papers);
    TaskService tasks = new TaskService(store, ids, listing, answers);
    IndexFollower follower =
        new IndexFollower(search.keyword(), store.graph(), answers::invalidate);
    Runnable staleAnswers =
        () -> {
          stats.invalidate();
          tasks.invalidate();
          dumps.invalidate();
          answers.invalidate();
        };
    Runnable afterUpdate =
        () -> {
          staleAnswers.run();
          follower.graphChanged();
        };
    LiveIngest liveIngest =
        new LiveIngest(store, config.database(), config.dataBase(), staleAnswers, follower);
    AdminGuard adminGuard = new AdminGuard(config.adminToken());
    AdminRoutes admin = new AdminRoutes(adminGuard, liveIngest, config.maxIngestBytes());
    SparqlRoutes sparql =
        new SparqlRoutes(
            store,
            new SparqlExecutor(store, config.maxRows()),
            new UpdateExecutor(store, config.loadSources()),
            new UpdateGuard(config.updateToken()),
            afterUpdate,
            stats,
            urls,
            dumps.names());
    SearchRoutes searchRoutes = new SearchRoutes(search.search(), related, ids, urls);
    CatalogService catalog = new CatalogService(store, ids, tasks, listing);
    SotaService sotaService = new SotaService(store, ids, answers);
    ApiRoutes api = new ApiRoutes(papers, listing, tasks, catalog, sotaService, urls);
    WebRoutes web =
        new WebRoutes(
            urls,
            papers,
            listing,
            tasks,
            catalog,
            sotaService,
            searchRoutes,
            figureService,
            store,
            dumps);
    LinkedDataRoutes ld = new LinkedDataRoutes(new EntityDescriber(store), dumps, urls, web);
    FigureRoutes figures = new FigureRoutes(figureService);
    BackupRoutes backup = new BackupRoutes(store, config.database(), follower, adminGuard);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jsonMapper(new JavalinJackson(json(), false));
              RequestLog.install(cfg);
              Cors.install(cfg, config.corsOrigins());
              if (PwckgServer.class.getResource("/public/assets") != null) {
                cfg.staticFiles.add(
                    files -> {
                      files.hostedPath = "/assets";
                      files.directory = "/public/assets";
                      files.location = Location.CLASSPATH;
                    });
              }
              Limits.install(
                  cfg,
                  config.maxRequestBytes(),
                  Map.of(FigureRoutes.BY_IMAGE, FigureService.MAX_UPLOAD_BYTES),
                  Map.of(AdminRoutes.INGEST, config.maxIngestBytes()));
              ErrorMapper.install(cfg.routes, web::renderError);
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              Routes.install(
                  cfg.routes,
                  sparql,
                  api,
                  searchRoutes,
                  ld,
                  figures,
                  web,
                  admin,
                  new Health(store),
                  backup);
            });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      liveIngest.close();
      follower.close();
      figureService.close();
      store.close();
      throw e;
    }
    stats.warmUp();
    tasks.warmUp();
    search.warmUp();
    LOG.info(
        "Serving {} at http://{}:{}/ (HTTP up in {} ms)",
        config.database(),
        config.host(),
        app.port(),
        (System.nanoTime() - t0) / 1_000_000);
    return new PwckgServer(app, store, search, figureService, follower, liveIngest, stats, tasks);
  }

  /**
   * A database built with another base says so in its ingest metadata; the default gives way to it.
   */
  static ServerConfig withRecordedBase(ServerConfig config, Store store) {
    if (!config.dataBase().equals(Namespaces.DEFAULT_BASE)) return config;
    return store
        .recordedBase()
        .filter(b -> !b.equals(config.dataBase()))
        .map(
            b -> {
              LOG.info("The database records entity IRIs under {}", b);
              return config.withDataBase(b);
            })
        .orElse(config);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    // Closed last to first: a live ingest, the follower's sync and the graph summaries (VoID
    // counts, every leaderboard) finish while the index and the graph are open. The summaries'
    // whole-graph queries are aborted first rather than awaited.
    store.stopUnbounded();
    try (store;
        search;
        figures;
        follower;
        ingest;
        stats;
        tasks) {
      app.stop();
    }
  }

  private static ObjectMapper json() {
    return JavalinJackson.defaultMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }
}
