package io.tenure.retention;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.kagkarlsson.scheduler.task.Task;
import io.tenure.assistant.AnsweredQuestion;
import io.tenure.assistant.FollowUpRows;
import io.tenure.assistant.QuestionFollowUp;
import io.tenure.jobs.Jobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention follow-ups as rows: the answered question (who asked where, the question, the answer and its
 * passages, as JSON) is written with the question; the follow-up job runs the retention loop on it in
 * whichever long-running process picks it, and a restart finds the rows a crash left.
 */
public final class FollowUpJobs {
    public static final String TASK = "question-follow-up";
    private static final Logger log = LoggerFactory.getLogger(FollowUpJobs.class);
    private static final Jobs.Retries RETRIES = new Jobs.Retries(Duration.ofSeconds(15), 5);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private FollowUpJobs() {
    }

    public static FollowUpRows rows(Jobs jobs) {
        return (h, answered) -> jobs.enqueue(h, TASK, encode(answered));
    }

    public static Task<?> task(QuestionFollowUp followUp) {
        return Jobs.oneTime(TASK, RETRIES, data -> followUp.answered(decode(data)),
                data -> log.error("follow-up of question {} dropped after retries", decode(data).questionId()));
    }

    static String encode(AnsweredQuestion answered) {
        try {
            return JSON.writeValueAsString(answered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnsweredQuestion decode(String data) {
        try {
            return JSON.readValue(data, AnsweredQuestion.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a follow-up row is not an answered question", e);
        }
    }
}
