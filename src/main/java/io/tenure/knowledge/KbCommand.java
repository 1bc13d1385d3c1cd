package io.tenure.knowledge;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure kb ...}: the knowledge base. */
@Command(name = "kb", description = "Manage the help-center knowledge base.",
        subcommands = {KbCommand.Ingest.class})
public final class KbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code tenure kb ingest DIR}: brings the index up to date with a help-center folder. */
    @Command(name = "ingest", description = "Index a folder of <article-id>.<lang>.(txt|md|html) files; "
            + "only changed files are re-read.")
    public static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The help-center folder.")
        Path dir;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            IngestReport report = app.knowledgeBase().ingest(HelpCenterSource.folder(dir), System.console() != null);
            PrintWriter err = spec.commandLine().getErr();
            for (IngestReport.Rejected rejected : report.rejected()) {
                err.println("skipped " + rejected.path() + ": " + rejected.reason());
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.println(report.source() + ": " + report.summary());
            for (String path : report.changed()) {
                out.println("  indexed " + path);
            }
            for (String path : report.removed()) {
                out.println("  removed " + path);
            }
            out.flush();
            app.close();
            return 0;
        }
    }
}
