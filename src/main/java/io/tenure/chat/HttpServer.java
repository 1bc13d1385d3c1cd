package io.tenure.chat;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a Tenure process. Chat adapters add their routes before it starts (Javalin 7
 * fixes routes at creation); it always answers {@code GET /health} with its {@link Readiness}: 200 when
 * every check passes, 503 with what is wrong otherwise, which is what a load balancer's readiness probe wants.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final HttpSettings settings;
    private final Readiness readiness;
    private final List<Consumer<RoutesConfig>> routes = new ArrayList<>();
    private Javalin javalin;

    public HttpServer(HttpSettings settings, Readiness readiness) {
        this.settings = settings;
        this.readiness = readiness;
    }

    public HttpServer(HttpSettings settings) {
        this(settings, Readiness.none());
    }

    /** Adds routes; only before {@link #start()}. */
    public synchronized void routes(Consumer<RoutesConfig> adder) {
        if (javalin != null) {
            throw new IllegalStateException("routes must be added before the HTTP server starts");
        }
        routes.add(adder);
    }

    public synchronized HttpServer start() {
        if (javalin != null) {
            return this;
        }
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/health", ctx -> {
                Readiness.Report report = readiness.check();
                ctx.status(report.ready() ? 200 : 503).contentType("application/json").result(report.json());
            });
            for (Consumer<RoutesConfig> adder : routes) {
                adder.accept(config.routes);
            }
        });
        javalin.start(settings.host(), settings.port());
        log.info("HTTP server listening on {}:{}", settings.host(), javalin.port());
        return this;
    }

    /** The port it listens on (the chosen one when configured as 0). */
    public synchronized int port() {
        if (javalin == null) {
            throw new IllegalStateException("the HTTP server has not started");
        }
        return javalin.port();
    }

    @Override
    public synchronized void close() {
        if (javalin != null) {
            javalin.stop();
            javalin = null;
        }
    }
}
