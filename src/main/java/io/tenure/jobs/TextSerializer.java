package io.tenure.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/**
 * Job data is text (an id, or a small JSON document), stored as UTF-8 so a person can read the job table;
 * no Java serialization, whose bytes break when a class changes between releases.
 */
final class TextSerializer implements Serializer {
    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof String text)) {
            throw new IllegalArgumentException("job data must be text, got " + data.getClass().getName());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (type != String.class && type != Object.class && type != Void.class) {
            throw new IllegalArgumentException("job data is text, not " + type.getName());
        }
        return type == Void.class ? null : type.cast(new String(bytes, StandardCharsets.UTF_8));
    }
}
