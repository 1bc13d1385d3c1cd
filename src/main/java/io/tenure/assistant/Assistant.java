package io.tenure.assistant;

import io.tenure.UserError;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.ConversationAnswer;
import io.tenure.knowledge.Question;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.knowledge.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thing every chat adapter talks to. It decides what a message is (a question or a staff
 * command), whether this caller may have it here, and always returns a reply, never silence.
 */
public final class Assistant {
    private static final Logger log = LoggerFactory.getLogger(Assistant.class);

    private final QuestionAnswerer knowledge;
    private final QuestionLog questions;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final QuestionFollowUp followUp;
    private final Executor followUpWork;
    private final FollowUpRows followUpRows;
    private final Apologies apologies;
    private final ConversationTopics topics;

    public Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands) {
        this(knowledge, questions, commands, QuestionFollowUp.NONE, Runnable::run);
    }

    /**
     * @param followUp runs after each answered question (the retention loop)
     * @param followUpWork where it runs: a background executor in the application, so the answer never
     *                     waits; inline ({@code Runnable::run}) in tests, so they are deterministic
     */
    public Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                     QuestionFollowUp followUp, Executor followUpWork) {
        this(knowledge, questions, commands, followUp, followUpWork, null, Apologies.bundled());
    }

    /** @param followUpRows the follow-up of each answered question, written as a row with the question */
    public Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                     FollowUpRows followUpRows) {
        this(knowledge, questions, commands, followUpRows, Apologies.bundled());
    }

    /** @param apologies what a person is told when something fails (config/messages.yaml) */
    public Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                     FollowUpRows followUpRows, Apologies apologies) {
        this(knowledge, questions, commands, followUpRows, apologies, ConversationTopics.NONE);
    }

    /** @param topics what each conversation is about, so a follow-up is read with its thread */
    public Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                     FollowUpRows followUpRows, Apologies apologies, ConversationTopics topics) {
        this(knowledge, questions, commands, QuestionFollowUp.NONE, Runnable::run, followUpRows, apologies, topics);
    }

    private Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                      QuestionFollowUp followUp, Executor followUpWork, FollowUpRows followUpRows,
                      Apologies apologies) {
        this(knowledge, questions, commands, followUp, followUpWork, followUpRows, apologies, ConversationTopics.NONE);
    }

    private Assistant(QuestionAnswerer knowledge, QuestionLog questions, List<Command> commands,
                      QuestionFollowUp followUp, Executor followUpWork, FollowUpRows followUpRows,
                      Apologies apologies, ConversationTopics topics) {
        this.topics = topics;
        this.apologies = apologies;
        this.knowledge = knowledge;
        this.questions = questions;
        this.followUp = followUp;
        this.followUpWork = followUpWork;
        this.followUpRows = followUpRows;
        for (Command command : commands) {
            this.commands.put(command.name(), command);
        }
    }

    public Reply handle(Inbound inbound) {
        try {
            return route(inbound);
        } catch (RuntimeException e) {
            return failed(e, "handling a message from " + inbound.caller().userId(), inbound);
        }
    }

    /**
     * What to say when something failed while answering {@code inbound} (here or in a chat adapter): an
     * apology in the asker's language with a reference id; the failure is logged under that id.
     */
    public Reply failed(Throwable failure, String what, Inbound inbound) {
        return apologies.reply(failure, what, inbound);
    }

    private Reply route(Inbound inbound) {
        String text = inbound.text();
        if (text.isEmpty()) {
            return help(inbound);
        }
        String[] parts = text.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        String arguments = parts.length > 1 ? parts[1].strip() : "";
        if (word.equals("help") && arguments.isEmpty()) {
            return help(inbound);
        }
        if (word.equals("ask")) {
            return ask(inbound, arguments);
        }
        if (!inbound.caller().isStaff()) {
            // Customers: every message is a question. No command is looked at, so the reply never names
            // a role or depends on whether an account id exists (ids cannot be enumerated by asking).
            return ask(inbound, text);
        }
        Command command = commands.get(word);
        if (command == null) {
            if (inbound.channel() != ChannelKind.CUSTOMER_FACING) {
                Optional<Reply> typo = CommandTypos.suggest(word, arguments, text, commandsFor(inbound.caller()));
                if (typo.isPresent()) {
                    return typo.get();
                }
            }
            return ask(inbound, text);
        }
        if (!command.accepts(arguments)) {
            return ask(inbound, text);
        }
        if (inbound.channel() == ChannelKind.CUSTOMER_FACING) {
            return Reply.refused("`" + word + "` is not available in this channel: it is customer-facing, so only "
                    + "help-center answers are given here. Ask me in an internal channel or a direct message.");
        }
        if (!inbound.caller().hasAny(command.allowedRoles())) {
            // Only staff get here, and staff may know the role names.
            return Reply.refused("You do not have a role that may use `" + word + "`. Ask an admin to add you to "
                    + "one of: " + roleNames(command) + ".");
        }
        return command.run(inbound.caller(), arguments);
    }

    private List<Command> commandsFor(Caller caller) {
        return commands.values().stream().filter(command -> caller.hasAny(command.allowedRoles())).toList();
    }

    /** Answers a help-center question and records it, with whether it was answered. */
    public Reply ask(Inbound inbound, String question) {
        if (question.isBlank()) {
            return help(inbound);
        }
        Answer answer = inConversation(inbound, question);
        long id = record(inbound, question, answer);
        return new Reply(answer.abstained() ? Reply.Kind.ABSTAINED : Reply.Kind.ANSWER, answer.answer(),
                answer.language(), answer.citations(), false, List.of(), id, null);
    }

    /**
     * Answers a question with its conversation: read with the conversation's topic (a follow-up carries it),
     * and the topic after it kept for the next message. A conversation is one asker's in one thread: the
     * key is the platform's conversation and the asker, so nothing of it reaches anyone else.
     */
    private Answer inConversation(Inbound inbound, String question) {
        Conversation conversation = inbound.conversation();
        if (conversation == null) {
            return knowledge.answer(question);
        }
        String id = scoped(conversation.id(), inbound.caller());
        String continues = scoped(conversation.continues(), inbound.caller());
        Topic earlier = topics.topic(continues).orElse(Topic.NONE);
        ConversationAnswer answered = knowledge.answer(new Question(question, earlier, id, continues));
        if (answered.followUp()) {
            log.debug("read as a follow-up of \"{}\" ({})", earlier.question(), earlier.concepts());
        }
        topics.save(id, answered.topic());
        return answered.answer();
    }

    private static String scoped(String conversation, Caller caller) {
        return conversation + "|" + caller.platform() + ":" + caller.userId();
    }

    /** The answer with its citations, for {@code tenure ask --json}; recorded like any other question. */
    public Answer answer(Caller caller, ChannelKind channel, String question) {
        if (question.isBlank()) {
            // Recorded, it would be an "unanswered question" in the report, listed as an article to write.
            throw new UserError("Give a question to ask; nothing was asked.");
        }
        Answer answer = knowledge.answer(question);
        record(new Inbound(caller, channel, "", question), question, answer);
        return answer;
    }

    /** Records the question with its follow-up: a row in the same transaction, or run after it. */
    private long record(Inbound inbound, String question, Answer answer) {
        if (followUpRows != null) {
            return questions.record(inbound.caller(), inbound.channel(), question, answer,
                    (h, id) -> followUpRows.write(h, new AnsweredQuestion(id, inbound, question, answer)));
        }
        long id = questions.record(inbound.caller(), inbound.channel(), question, answer);
        followUp(new AnsweredQuestion(id, inbound, question, answer));
        return id;
    }

    /** The answer is already made: whatever happens here, the asker gets it unchanged. */
    private void followUp(AnsweredQuestion answered) {
        Runnable work = () -> {
            try {
                followUp.answered(answered);
            } catch (RuntimeException e) {
                log.error("follow-up of question {} failed (the asker got the answer)", answered.questionId(), e);
            }
        };
        try {
            followUpWork.execute(work);
        } catch (RejectedExecutionException e) {
            log.warn("follow-up of question {} not run: shutting down", answered.questionId());
        }
    }

    public void feedback(long questionId, Caller caller, boolean helpful) {
        questions.feedback(questionId, caller.userId(), helpful);
    }

    private Reply help(Inbound inbound) {
        StringBuilder text = new StringBuilder("Ask me a question about billing, plans or cancelling, "
                + "in English, 한국어, 日本語, ภาษาไทย or Bahasa Indonesia.");
        if (inbound.channel() != ChannelKind.CUSTOMER_FACING) {
            for (Command command : commands.values()) {
                if (inbound.caller().hasAny(command.allowedRoles())) {
                    text.append("\n• `").append(command.name());
                    if (!command.usage().isEmpty()) {
                        text.append(' ').append(command.usage());
                    }
                    text.append("`: ").append(command.summary());
                }
            }
        }
        return Reply.text(Reply.Kind.HELP, text.toString());
    }

    private static String roleNames(Command command) {
        return command.allowedRoles().stream().map(Role::key).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
