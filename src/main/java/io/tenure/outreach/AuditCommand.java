package io.tenure.outreach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure audit [--draft ID] [--json]}: the append-only history of outreach drafts. */
@Command(name = "audit", description = "Show the audit log of outreach drafts: who moved which draft from what to what, when.")
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--draft", paramLabel = "ID", description = "Only this draft's entries.")
    String draftId;

    @Option(names = "--json", description = "Print a list of {id, draft_id, at, actor, platform, from, to, note, "
            + "recipient, subject, body, message_id}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        List<AuditEntry> entries = app.auditLog().entries(Optional.ofNullable(draftId));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(entries.stream().map(DraftText::json).toList()));
        } else if (entries.isEmpty()) {
            out.println(draftId == null ? "The audit log is empty." : "No audit entries for draft " + draftId + ".");
        } else {
            entries.forEach(e -> out.println(DraftText.line(e)));
        }
        return 0;
    }
}
