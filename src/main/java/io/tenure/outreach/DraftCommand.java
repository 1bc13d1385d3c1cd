package io.tenure.outreach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure draft ACCOUNT [--kind K] [--by USER] [--json]}: writes a draft for review; sends nothing. */
@Command(name = "draft", description = "Draft an outreach email to an account's contact, for approval. Sends nothing.")
public final class DraftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACCOUNT")
    String accountId;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "check-in, save-offer, win-back or billing (default: chosen from why the account is at risk).")
    String kind;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
            description = "Who asks (mapped to roles in config); default: ${DEFAULT-VALUE}.")
    String user;

    @Option(names = "--json", description = "Print {id, account_id, kind, language, subject, body, status}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        DraftKind chosen = null;
        if (kind != null) {
            chosen = DraftKind.parse(kind).orElseThrow(() -> new UserError("--kind must be one of " + DraftKind.keys()
                    + ", got '" + kind + "'"));
        }
        DraftView draft = app.drafter().draft(accountId, chosen, app.roles().caller(user, "cli"));
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(DraftText.json(draft)));
        } else {
            spec.commandLine().getOut().println(DraftText.render(draft));
        }
        String note = app.drafter().otherPendingNote(draft);
        if (!note.isEmpty()) {
            spec.commandLine().getErr().println(note);
        }
        return 0;
    }
}
