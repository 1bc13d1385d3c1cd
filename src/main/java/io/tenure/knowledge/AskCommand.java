package io.tenure.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Reply;
import io.tenure.chat.console.ConsoleRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure ask "QUESTION" [--json]}: one help-center answer. */
@Command(name = "ask", description = "Answer one help-center question from the knowledge base.")
public final class AskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUESTION")
    List<String> words;

    @Option(names = "--json", description = "Print {answer, language, abstained, citations} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        String question = String.join(" ", words);
        app.warmUpInBackground(question);
        app.prepareToAnswer();
        Answer answer = app.questionAssistant().answer(Caller.customer("cli", "cli"), ChannelKind.DIRECT, question);
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(answer));
        } else {
            Reply reply = new Reply(answer.abstained() ? Reply.Kind.ABSTAINED : Reply.Kind.ANSWER, answer.answer(),
                    answer.language(), answer.citations(), false, List.of(), null, null);
            spec.commandLine().getOut().println(ConsoleRenderer.render(reply));
        }
        spec.commandLine().getOut().flush();
        // The question's follow-up (its intent, a cancel alert) is a row, worked by `serve` or `chat`.
        return 0;
    }
}
