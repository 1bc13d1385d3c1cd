package io.tenure.chat.slack;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.chat.DigestChannel;
import io.tenure.schedule.DigestSchedule;
import java.time.Duration;
import io.tenure.support.Eventually;
import io.tenure.jobs.Jobs;
import io.tenure.schedule.DigestSettings;
import io.tenure.storage.Database;
import io.tenure.support.FakeSlackApi.Call;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily digest in Slack: text in the managers' channel, the chart uploaded as an image, once a day. */
class SlackDigestTest {
    @TempDir
    Path dir;
    private SlackHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    private Reply digestWithChart() throws Exception {
        Path chart = dir.resolve("risk-2026-11-21.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
        return Reply.text(Reply.Kind.ACCOUNT_DATA, "**3 accounts at risk** today: ACME-7, BETA-2, GAMMA-9")
                .withAttachments(List.of(new Attachment("Accounts by risk band", chart, "image/png")));
    }

    @Test
    void theDigestIsPostedToTheManagersChannelWithTheChartUploadedAsAnImage() throws Exception {
        harness = new SlackHarness(dir.resolve("db"));
        Reply digest = digestWithChart();
        DigestChannel channel = harness.adapter.digestChannel().orElseThrow();

        channel.post(digest);

        Call post = harness.slack.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo(SlackHarness.DIGEST);
        assertThat(post.blocksText()).contains("*3 accounts at risk* today");
        Call urlRequest = harness.slack.calls("files.getUploadURLExternal").get(0);
        assertThat(urlRequest.param("filename")).isEqualTo("risk-2026-11-21.png");
        assertThat(urlRequest.param("length")).isEqualTo(Long.toString(Files.size(digest.attachments().get(0).file())));
        assertThat(harness.slack.calls("upload")).singleElement()
                .satisfies(c -> assertThat(c.param("size")).isEqualTo(urlRequest.param("length")));
        Call complete = harness.slack.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo(SlackHarness.DIGEST);
        assertThat(complete.param("files")).contains("Accounts by risk band");
    }

    @Test
    void twoSchedulersOnOneDatabasePostTheSlackDigestOnce() throws Exception {
        harness = new SlackHarness(dir.resolve("db"));
        Reply digest = digestWithChart();
        // A zone where it is about noon now, and a digest time this morning: the execution is due at once.
        int hourUtc = Instant.now().atZone(ZoneOffset.UTC).getHour();
        ZoneOffset noonNow = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - hourUtc)));
        DigestSettings sixInTheMorning = new DigestSettings(LocalTime.of(6, 0), noonNow, 30, 10);
        Clock clock = Clock.system(noonNow);
        DigestChannel slack = harness.adapter.digestChannel().orElseThrow();
        Duration poll = Duration.ofMillis(100);
        try (Jobs one = new Jobs(TestDatabases.open(dir.resolve("db")).dataSource(), poll);
             Jobs two = new Jobs(TestDatabases.open(dir.resolve("db")).dataSource(), poll)) {
            one.start(List.of(new DigestSchedule(sixInTheMorning, day -> digest, List.of(slack), clock).task().orElseThrow()));
            two.start(List.of(new DigestSchedule(sixInTheMorning, day -> digest, List.of(slack), clock).task().orElseThrow()));
            Eventually.until(Duration.ofSeconds(20), "the digest posted",
                    () -> !harness.slack.calls("files.completeUploadExternal").isEmpty());
            Thread.sleep(1500);
        }

        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(harness.slack.calls("files.completeUploadExternal")).hasSize(1);
    }
}
