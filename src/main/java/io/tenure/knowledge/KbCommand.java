package io.tenure.knowledge;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure kb ...}: the knowledge base. */
@Command(name = "kb", description = "Manage the help-center knowledge base.",
        subcommands = {KbCommand.Ingest.class, KbCommand.LexiconCommand.class})
public final class KbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * {@code tenure kb ingest DIR}: brings the index up to date with a help-center folder;
     * {@code --demo} puts the bundled demo help center back, since the index holds one folder at a time.
     */
    @Command(name = "ingest", description = "Index a folder of <article-id>.<lang>.(txt|md|html) files; "
            + "only changed files are re-read. --demo goes back to the bundled demo help center.")
    public static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "The help-center folder.")
        Path dir;

        @Option(names = "--demo", description = "Index the bundled demo help center instead of a folder.")
        boolean demo;

        @Option(names = "--strict", description = "Refuse files with text aimed at a language model or links to "
                + "domains outside kb.allowed_link_domains (without it they are reported and indexed).")
        boolean strict;

        @Override
        public Integer call() {
            if (demo == (dir != null)) {
                throw new ParameterException(spec.commandLine(),
                        "give either a help-center folder (tenure kb ingest ./help-center) or --demo");
            }
            App app = Main.app(spec);
            HelpCenterSource source = demo ? HelpCenterSource.demo() : HelpCenterSource.folder(dir);
            IngestReport report = app.knowledgeBase().ingest(source, System.console() != null, strict);
            PrintWriter err = spec.commandLine().getErr();
            for (IngestReport.Rejected flagged : report.flagged()) {
                err.println((strict ? "refused " : "warning: ") + flagged.path() + ": " + flagged.reason());
            }
            for (IngestReport.Rejected rejected : report.rejected()) {
                err.println("skipped " + rejected.path() + ": " + rejected.reason());
            }
            if (!strict && !report.flagged().isEmpty()) {
                err.println("the flagged files were indexed and may be quoted to customers; fix them, or run "
                        + "`tenure kb ingest --strict` to refuse them");
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
            if (strict && !report.flagged().isEmpty()) {
                // A strict ingest is a gate (for example in CI): refusing a file fails it, the rest still went in.
                throw new UserError(report.flaggedFiles() + " file(s) refused by --strict; the others were indexed");
            }
            return 0;
        }
    }

    /**
     * {@code tenure kb lexicon [--lang ko-ja] [--kb DIR]}: what Tenure learned from the help center's
     * articles that exist in several languages, so a team can see it and correct it in its glossary.
     */
    @Command(name = "lexicon", description = "Show the word translations learned from articles that exist in "
            + "several languages (correct a wrong one by adding the right words to your glossary file).")
    public static final class LexiconCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "FROM-TO", description = "One language pair, e.g. ko-ja.")
        String pair;

        @Option(names = "--kb", paramLabel = "DIR",
                description = "Learn from this folder (indexed in memory) instead of the indexed help center.")
        Path dir;

        @Override
        public Integer call() {
            if (pair != null && !pair.matches("[a-z]{2}-[a-z]{2}")) {
                throw new ParameterException(spec.commandLine(),
                        "--lang takes two language codes joined by '-', e.g. ko-ja; got '" + pair + "'");
            }
            App app = Main.app(spec);
            io.tenure.knowledge.search.Lexicon lexicon;
            if (dir == null) {
                lexicon = app.knowledgeBase().retriever().lexicon();
            } else {
                KnowledgeBase base = new KnowledgeBase(app.config().section("kb", KnowledgeSettings.class),
                        io.tenure.knowledge.index.KnowledgeIndex.inMemory(new io.tenure.knowledge.index.LanguageAnalyzers()),
                        io.tenure.knowledge.ingest.IngestLedger.inMemory(), app.languageDetector());
                base.ingest(HelpCenterSource.folder(dir), false);
                lexicon = base.retriever().lexicon();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (lexicon.size() == 0) {
                out.println("Nothing learned: no article exists in two languages.");
            }
            for (String languages : lexicon.pairs()) {
                String[] fromTo = languages.split("\\|");
                if (pair != null && !pair.equals(fromTo[0] + "-" + fromTo[1])) {
                    continue;
                }
                out.println(fromTo[0] + " -> " + fromTo[1]);
                lexicon.entries(fromTo[0], fromTo[1]).forEach((term, translations) -> out.println("  " + term + ": "
                        + String.join(", ", translations.stream().map(t -> t.term()
                        + String.format(" (%.2f%s%s)", t.score(), t.pivot() ? ", via a third language" : "",
                        t.common() ? ", frequent word: for glossary concepts only" : "")).toList())));
            }
            out.flush();
            app.close();
            return 0;
        }
    }
}
