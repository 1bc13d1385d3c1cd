package io.tenure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Discord gateway (WebSocket) and REST API on 127.0.0.1, enough for a real JDA to log in, reach READY,
 * receive events the test dispatches (MESSAGE_CREATE, INTERACTION_CREATE), and make REST calls, which are
 * all recorded. Point JDA at {@link #apiBaseUrl()} and {@link #gatewayUrl()}.
 *
 * <p>One server ({@link #GUILD_ID}) is sent after READY with the channels and roles the test declares.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String BOT_ID = "100000000000000001";
    public static final String GUILD_ID = "200000000000000001";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One REST call JDA made: method, path after the API base, the JSON body (multipart: its payload_json), the
     * names of uploaded files, and the id of the message it created or edited (or null).
     */
    public record Call(String method, String path, JsonNode body, List<String> files, String messageId) {
        /** Everything the call carried, for asserting what was (not) said. */
        public String text() {
            return method + " " + path + " " + body + " " + files;
        }

        public boolean is(String method, String pathPrefix) {
            return this.method.equals(method) && path.startsWith(pathPrefix);
        }
    }

    private final List<String> channelIds;
    private final List<String> roleIds;
    private final Javalin server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Call> history = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong increment = new AtomicLong();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private volatile WsContext gateway;

    /**
     * @param channelIds the server's text channels
     * @param roleIds the server's roles besides @everyone
     */
    public FakeDiscord(List<String> channelIds, List<String> roleIds) {
        this(channelIds, roleIds, 0);
    }

    /** On a given port (0: any free one), for a test where Discord comes up after the bot tried to connect. */
    public FakeDiscord(List<String> channelIds, List<String> roleIds, int port) {
        this.channelIds = List.copyOf(channelIds);
        this.roleIds = List.copyOf(roleIds);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.ws("/gateway", ws -> {
                ws.onConnect(ctx -> {
                    openConnections.incrementAndGet();
                    ctx.session.setIdleTimeout(Duration.ofMinutes(5));
                    gateway = ctx;
                    send(ctx, JSON.createObjectNode().put("op", 10).set("d",
                            JSON.createObjectNode().put("heartbeat_interval", 45_000)));
                });
                ws.onMessage(ctx -> onGatewayMessage(ctx, JSON.readTree(ctx.message())));
                ws.onClose(ctx -> openConnections.decrementAndGet());
            });
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                    HandlerType.DELETE)) {
                config.routes.addHttpHandler(method, "/api/v10/<path>", this::onRest);
            }
        }).start("127.0.0.1", port);
    }

    public String apiBaseUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.port() + "/gateway";
    }

    /** Every REST call so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every REST call since the fake started, including those made before {@link #clearCalls()}. */
    public List<Call> history() {
        return List.copyOf(history);
    }

    public void clearCalls() {
        calls.clear();
    }

    /** The first recorded call that matches, waiting up to five seconds for it. */
    public Call awaitCall(Predicate<Call> matching) {
        return awaitCalls(matching, 1).get(0);
    }

    /** The first {@code count} recorded calls that match, waiting up to five seconds for them. */
    public List<Call> awaitCalls(Predicate<Call> matching, int count) {
        return awaitIn(calls, matching, count);
    }

    /** The first call since the fake started that matches, waiting up to five seconds for it. */
    public Call awaitInHistory(Predicate<Call> matching) {
        return awaitIn(history, matching, 1).get(0);
    }

    private static List<Call> awaitIn(List<Call> calls, Predicate<Call> matching, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found.subList(0, count);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching REST call(s), got " + found.size()
                        + "; all calls: " + calls);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** A snowflake for the current time, as Discord makes them (JDA derives creation times from ids). */
    public String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (increment.incrementAndGet() & 0xFFF));
    }

    // ---- events the test sends ----

    /** Sends a gateway dispatch (op 0) to the connected client. */
    public void dispatch(String type, ObjectNode data) {
        WsContext ctx = gateway;
        if (ctx == null) {
            throw new IllegalStateException("no client is connected to the fake gateway");
        }
        ObjectNode frame = JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
        frame.set("d", data);
        send(ctx, frame);
    }

    /** A message in one of the server's channels by a member with the given roles. */
    public ObjectNode guildMessage(String channelId, String userId, List<String> roleIds, String content,
                                   boolean mentionsBot) {
        ObjectNode message = message(channelId, user(userId, false), content);
        message.put("guild_id", GUILD_ID);
        message.set("member", member(roleIds, false));
        if (mentionsBot) {
            message.withArray("mentions").add(user(BOT_ID, true));
        }
        return message;
    }

    /** A direct message to the bot. */
    public ObjectNode directMessage(String channelId, String userId, String content) {
        return message(channelId, user(userId, false), content);
    }

    /** A slash command used in a server channel; options as name → string value. */
    public ObjectNode slashCommand(String channelId, String userId, List<String> roleIds, String name,
                                   Map<String, String> options) {
        ObjectNode data = JSON.createObjectNode().put("id", snowflake()).put("name", name).put("type", 1)
                .put("guild_id", GUILD_ID);
        ArrayNode list = data.putArray("options");
        options.forEach((key, value) -> list.addObject().put("name", key).put("type", 3).put("value", value));
        return interaction(2, channelId, userId, roleIds, data);
    }

    /** A click on a button of a message the bot sent. */
    public ObjectNode buttonClick(String channelId, String messageId, String userId, List<String> roleIds,
                                  String customId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode interaction = interaction(3, channelId, userId, roleIds, data);
        ObjectNode message = message(channelId, user(BOT_ID, true), "");
        message.put("id", messageId);
        interaction.set("message", message);
        return interaction;
    }

    /** A submitted modal (text inputs as custom id → value), opened from a button on a bot message. */
    public ObjectNode modalSubmit(String channelId, String messageId, String userId, List<String> roleIds,
                                  String customId, Map<String, String> values) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId);
        ArrayNode components = data.putArray("components");
        int unique = 1;
        for (Map.Entry<String, String> value : values.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", unique++);
            label.putObject("component").put("type", 4).put("id", unique++).put("custom_id", value.getKey())
                    .put("value", value.getValue());
        }
        ObjectNode interaction = interaction(5, channelId, userId, roleIds, data);
        ObjectNode message = message(channelId, user(BOT_ID, true), "");
        message.put("id", messageId);
        interaction.set("message", message);
        return interaction;
    }

    // ---- gateway ----

    private void onGatewayMessage(WsContext ctx, JsonNode frame) {
        switch (frame.path("op").asInt()) {
            case 1 -> send(ctx, JSON.createObjectNode().put("op", 11));
            case 6 -> {
                resumes.incrementAndGet();
                dispatch("RESUMED", JSON.createObjectNode());
            }
            case 2 -> {
                identifies.incrementAndGet();
                dispatch("READY", ready());
                dispatch("GUILD_CREATE", guild());
            }
            default -> {
                // Presence updates and member requests need no answer here.
            }
        }
    }

    private ObjectNode ready() {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "fake-session")
                .put("resume_gateway_url", gatewayUrl());
        ready.set("user", user(BOT_ID, true));
        ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        ready.putArray("private_channels");
        ready.putObject("application").put("id", BOT_ID).put("flags", 0);
        return ready;
    }

    private ObjectNode guild() {
        ObjectNode guild = JSON.createObjectNode().put("id", GUILD_ID).put("name", "Tenure test server")
                .put("owner_id", "1").put("member_count", 1).put("unavailable", false).put("large", false)
                .put("joined_at", Instant.now().toString()).put("preferred_locale", "en-US").put("afk_timeout", 300);
        ArrayNode roles = guild.putArray("roles");
        role(roles, GUILD_ID, "@everyone", 0);
        int position = 1;
        for (String roleId : roleIds) {
            role(roles, roleId, "role-" + roleId, position++);
        }
        ArrayNode channels = guild.putArray("channels");
        position = 0;
        for (String channelId : channelIds) {
            channels.addObject().put("id", channelId).put("type", 0).put("name", "channel-" + channelId)
                    .put("position", position++).put("guild_id", GUILD_ID).putArray("permission_overwrites");
        }
        ObjectNode self = member(List.of(), true);
        guild.putArray("members").add(self);
        for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "presences", "features", "soundboard_sounds", "stage_instances")) {
            guild.putArray(empty);
        }
        return guild;
    }

    private static void role(ArrayNode roles, String id, String name, int position) {
        // Everyone may do everything here: permissions are not what these tests are about.
        ObjectNode role = roles.addObject().put("id", id).put("name", name).put("position", position)
                .put("permissions", "8").put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
    }

    // ---- REST ----

    private void onRest(Context ctx) throws IOException {
        String path = ctx.pathParam("path");
        JsonNode body = JSON.nullNode();
        List<String> files = new ArrayList<>();
        if (ctx.isMultipartFormData()) {
            String payload = ctx.formParam("payload_json");
            body = payload == null ? JSON.nullNode() : JSON.readTree(payload);
            for (UploadedFile file : ctx.uploadedFiles()) {
                files.add(file.filename());
            }
        } else if (!ctx.body().isBlank()) {
            body = JSON.readTree(ctx.body());
        }
        String method = ctx.method().name();
        ctx.contentType("application/json");
        String messageId = null;
        if (method.equals("GET") && path.equals("users/@me")) {
            ctx.result(user(BOT_ID, true).toString());
        } else if (method.equals("PUT") && path.endsWith("/commands")) {
            ArrayNode registered = JSON.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode copy = ((ObjectNode) command.deepCopy()).put("id", snowflake()).put("application_id", BOT_ID)
                        .put("version", snowflake());
                registered.add(copy);
            }
            ctx.result(registered.toString());
        } else if (method.equals("POST") && path.startsWith("interactions/")) {
            ctx.status(204);
        } else if (method.equals("POST") && path.endsWith("/typing")) {
            ctx.status(204);
        } else if (method.equals("DELETE")) {
            ctx.status(204);
        } else if (method.equals("POST") && path.equals("users/@me/channels")) {
            ObjectNode dm = JSON.createObjectNode().put("id", snowflake()).put("type", 1);
            dm.putArray("recipients").add(user(body.path("recipient_id").asText(), false));
            ctx.result(dm.toString());
        } else if ((method.equals("POST") || method.equals("PATCH"))
                && (path.startsWith("channels/") || path.startsWith("webhooks/"))) {
            ObjectNode message = sentMessage(path, body);
            messageId = message.path("id").asText();
            ctx.result(message.toString());
        } else {
            ctx.status(404).result("{\"message\": \"Unknown route in the fake\", \"code\": 0}");
        }
        Call call = new Call(method, path, body, List.copyOf(files), messageId);
        history.add(call);
        calls.add(call);
    }

    /** What Discord answers to a message sent or edited: the message, with its id and author. */
    private ObjectNode sentMessage(String path, JsonNode body) {
        String[] parts = path.split("/");
        String channelId = parts[0].equals("channels") ? parts[1] : channelIds.get(0);
        ObjectNode message = message(channelId, user(BOT_ID, true), body.path("content").asText(""));
        if (parts[0].equals("channels") && parts.length >= 4) {
            message.put("id", parts[3]);
        }
        if (parts[0].equals("webhooks")) {
            message.put("webhook_id", BOT_ID).put("application_id", BOT_ID);
        }
        message.put("flags", body.path("flags").asInt(0));
        return message;
    }

    // ---- payload parts ----

    private ObjectNode message(String channelId, ObjectNode author, String content) {
        ObjectNode message = JSON.createObjectNode().put("id", snowflake()).put("type", 0).put("channel_id", channelId)
                .put("content", content).put("timestamp", Instant.now().toString()).put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        message.putNull("edited_timestamp");
        message.set("author", author);
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(empty);
        }
        return message;
    }

    private ObjectNode interaction(int type, String channelId, String userId, List<String> roleIds, ObjectNode data) {
        ObjectNode interaction = JSON.createObjectNode().put("id", snowflake()).put("application_id", BOT_ID)
                .put("type", type).put("token", "token-" + snowflake()).put("version", 1).put("guild_id", GUILD_ID)
                .put("channel_id", channelId).put("locale", "en-US").put("guild_locale", "en-US")
                .put("app_permissions", "8").put("context", 0);
        interaction.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
        interaction.putObject("channel").put("id", channelId).put("type", 0).put("name", "channel-" + channelId)
                .put("guild_id", GUILD_ID).put("position", 0);
        ObjectNode member = member(roleIds, false);
        member.set("user", user(userId, false));
        member.put("permissions", "0");
        interaction.set("member", member);
        interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        interaction.putArray("entitlements");
        interaction.set("data", data);
        return interaction;
    }

    private ObjectNode member(List<String> roleIds, boolean bot) {
        ObjectNode member = JSON.createObjectNode().put("joined_at", Instant.now().toString()).put("deaf", false)
                .put("mute", false).put("flags", 0);
        ArrayNode roles = member.putArray("roles");
        roleIds.forEach(roles::add);
        if (bot) {
            member.set("user", user(BOT_ID, true));
        }
        return member;
    }

    private static ObjectNode user(String id, boolean bot) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("username", bot ? "tenure" : "user" + id)
                .put("discriminator", "0").put("bot", bot);
        user.putNull("avatar");
        user.putNull("global_name");
        return user;
    }

    private static synchronized void send(WsContext ctx, JsonNode frame) {
        try {
            ctx.send(JSON.writeValueAsString(frame));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times a client identified (a resume after a reconnect does not). */
    public int identifies() {
        return identifies.get();
    }

    /** Gateway connections open now (one per bot that holds a session). */
    public int openGatewayConnections() {
        return openConnections.get();
    }

    /** How many times a client resumed its session after losing the connection. */
    public int resumes() {
        return resumes.get();
    }

    /** Drops the gateway connection as Discord does on an unknown error (close code 4000: resumable). */
    public void dropConnection() {
        WsContext ctx = gateway;
        if (ctx == null) {
            throw new IllegalStateException("no client is connected to the fake gateway");
        }
        gateway = null;
        ctx.closeSession(4000, "Unknown error");
    }

    /** Waits up to five seconds until a client connected again after {@link #dropConnection()} and resumed. */
    public void awaitResumed(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (resumes.get() < count || gateway == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the client did not resume its session");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
