package io.tenure.health.cli;

import io.tenure.text.Counted;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.health.importing.AccountImport;
import io.tenure.health.importing.BadRow;
import io.tenure.health.importing.FileResult;
import io.tenure.health.importing.ImportReport;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure accounts import DIR}. */
@Command(name = "accounts", description = "Manage account data.", subcommands = AccountsCommand.Import.class)
public final class AccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "import", description = "Import accounts.csv, activity.csv, tickets.csv, nps.csv, payments.csv "
            + "and milestones.csv from a folder. A file with any bad row is rejected whole; the others import.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "Folder with the CSV files.")
        Path dir;

        @Option(names = "--encoding", paramLabel = "CHARSET", description = "The files' encoding when they are not "
                + "UTF-8, e.g. windows-1252 or ISO-8859-1 (default: UTF-8; a file that is not valid UTF-8 is rejected).")
        String encoding;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new UserError("not a folder: " + dir);
            }
            Charset charset = charset(encoding);
            App app = Main.app(spec);
            ImportReport report;
            try {
                report = app.accountImport().importFolder(dir, System.console() != null, charset);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            if (report.files().stream().anyMatch(file -> !file.rejected())) {
                // Whichever process works the jobs (serve) rescores today and raises the alerts it calls for.
                OwnerAlertJobs.evaluateLater(app.jobs(), app.ownerAlerts().today());
            }
            PrintWriter out = spec.commandLine().getOut();
            StringBuilder rejected = new StringBuilder();
            for (FileResult file : report.files()) {
                if (file.rejected()) {
                    out.println(file.file() + ": rejected, nothing written (" + Counted.of(file.badRows(), "bad row") + ")");
                    for (BadRow bad : file.errors()) {
                        rejected.append("\n  ").append(bad);
                    }
                    if (file.badRows() > file.errors().size()) {
                        rejected.append("\n  ").append(file.file()).append(": and ")
                                .append(Counted.of(file.badRows() - file.errors().size(), "more bad row"));
                    }
                } else {
                    out.println(file.file() + ": " + Counted.of(file.rows(), "row") + " imported");
                }
            }
            out.flush();
            if (report.anyRejected()) {
                throw new UserError("some files were rejected; fix these rows and import again:" + rejected);
            }
            return 0;
        }

        private static Charset charset(String name) {
            if (name == null) {
                return StandardCharsets.UTF_8;
            }
            Charset charset;
            try {
                charset = Charset.forName(name.strip());
            } catch (IllegalArgumentException e) {
                throw new UserError("--encoding: unknown encoding '" + name + "' (for example UTF-8, windows-1252, "
                        + "ISO-8859-1)");
            }
            if (!AccountImport.asciiCompatible(charset)) {
                throw new UserError("--encoding: " + charset.name() + " is not supported: commas, quotes and line ends "
                        + "must be written as in ASCII (UTF-8, windows-1252, ISO-8859-x are)");
            }
            return charset;
        }
    }
}
