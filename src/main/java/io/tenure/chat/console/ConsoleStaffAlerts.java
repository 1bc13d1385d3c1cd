package io.tenure.chat.console;

import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;
import java.io.PrintWriter;

/**
 * The console's internal channel: standard error, each line marked, because the person at the console
 * may be playing the customer (stdout is what the customer sees). It sends no direct messages: the one
 * person at the console reads this channel, which shows every alert, whatever {@code alerts} they chose.
 */
public final class ConsoleStaffAlerts implements StaffAlerts {
    static final String MARK = "[internal channel] ";

    private final PrintWriter err;

    public ConsoleStaffAlerts(PrintWriter err) {
        this.err = err;
    }

    /** The console has no buttons: the alert's next steps are the commands to type. */
    @Override
    public void alert(AccountAlert alert) {
        Reply reply = alert.reply();
        alert(new Reply(reply.kind(), reply.text() + "\nNext: `" + AccountAlert.commandOf(AccountAlert.OPEN_ACCOUNT,
                alert.accountId()) + "` · `" + AccountAlert.commandOf(AccountAlert.DRAFT_OUTREACH, alert.accountId())
                + "`", reply.language(), reply.citations(), reply.privateToCaller(), reply.attachments(),
                reply.questionId(), reply.draftId()));
    }

    @Override
    public synchronized void alert(Reply alert) {
        for (String line : ConsoleRenderer.render(alert).split("\n", -1)) {
            err.println(MARK + line);
        }
        err.flush();
    }
}
