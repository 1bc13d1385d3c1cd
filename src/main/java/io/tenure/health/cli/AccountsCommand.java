package io.tenure.health.cli;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.health.importing.BadRow;
import io.tenure.health.importing.FileResult;
import io.tenure.health.importing.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new UserError("not a folder: " + dir);
            }
            App app = Main.app(spec);
            ImportReport report;
            try {
                report = app.accountImport().importFolder(dir, System.console() != null);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            StringBuilder rejected = new StringBuilder();
            for (FileResult file : report.files()) {
                if (file.rejected()) {
                    out.println(file.file() + ": rejected, nothing written (" + file.badRows() + " bad rows)");
                    for (BadRow bad : file.errors()) {
                        rejected.append("\n  ").append(bad);
                    }
                    if (file.badRows() > file.errors().size()) {
                        rejected.append("\n  ").append(file.file()).append(": and ")
                                .append(file.badRows() - file.errors().size()).append(" more bad rows");
                    }
                } else {
                    out.println(file.file() + ": " + file.rows() + " rows imported");
                }
            }
            out.flush();
            if (report.anyRejected()) {
                throw new UserError("some files were rejected; fix these rows and import again:" + rejected);
            }
            return 0;
        }
    }
}
