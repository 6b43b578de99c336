package org.smriti.data.journal;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.data.json.CardJson;
import org.smriti.data.json.JsonFields;
import org.smriti.data.json.JsonFormatException;
import org.smriti.data.settings.SettingsJson;

/**
 * Maps progress events to the {@code data} object of a journal line and back, by type name. {@link #standard()}
 * knows the core events; more types (e.g. mock tests) are added with {@link #register} before the store is
 * opened. A line whose type is not registered is kept in the journal and skipped in replay.
 */
public final class EventCodec {

    private static final class Entry<E extends ProgressEvent> {
        final String type;
        final Class<E> coreType;
        final Function<E, JsonObject> encoder;
        final Function<JsonObject, E> decoder;

        Entry(String type, Class<E> coreType, Function<E, JsonObject> encoder, Function<JsonObject, E> decoder) {
            this.type = type;
            this.coreType = coreType;
            this.encoder = encoder;
            this.decoder = decoder;
        }

        JsonObject encode(ProgressEvent e) {
            return encoder.apply(coreType.cast(e));
        }
    }

    private static final System.Logger LOG = System.getLogger(EventCodec.class.getName());

    private final Map<String, Entry<?>> byType = new HashMap<>();
    private final Map<Class<?>, Entry<?>> byClass = new HashMap<>();

    private EventCodec() {
    }

    /** A codec for the core events: review, undo, bookmark, suspend, reset, settings. */
    public static EventCodec standard() {
        return new EventCodec()
                .register("review", ReviewEvent.class, EventCodec::review, EventCodec::review)
                .register("undo", UndoEvent.class, e -> {
                    JsonObject o = card(e.questionId(), e.at());
                    o.add("restored", CardJson.toJson(e.restored()));
                    return o;
                }, o -> new UndoEvent(JsonFields.string(o, "questionId"), JsonFields.instant(o, "at"),
                        CardJson.fromJson(JsonFields.object(o, "restored"))))
                .register("bookmark", BookmarkEvent.class, e -> {
                    JsonObject o = card(e.questionId(), e.at());
                    o.addProperty("on", e.on());
                    return o;
                }, o -> new BookmarkEvent(JsonFields.string(o, "questionId"), JsonFields.bool(o, "on"),
                        JsonFields.instant(o, "at")))
                .register("suspend", SuspendEvent.class, e -> {
                    JsonObject o = card(e.questionId(), e.at());
                    o.addProperty("on", e.on());
                    return o;
                }, o -> new SuspendEvent(JsonFields.string(o, "questionId"), JsonFields.bool(o, "on"),
                        JsonFields.instant(o, "at")))
                .register("reset", ResetEvent.class, e -> card(e.questionId(), e.at()),
                        o -> new ResetEvent(JsonFields.string(o, "questionId"), JsonFields.instant(o, "at")))
                .register("settings", SettingsChangedEvent.class, e -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("at", e.at().toString());
                    o.add("settings", SettingsJson.toJson(e.settings()));
                    return o;
                }, EventCodec::settings);
    }

    /**
     * Adds an event type.
     *
     * @param type     the name written in the journal's {@code type} field; never change it once released
     * @param coreType the event's class (exact class, as events are records)
     * @param encoder  event → data object (include {@code at})
     * @param decoder  data object → event; pure, as the store calls it from several threads; throws
     *                 {@link JsonFormatException} (see {@link JsonFields}) or {@link IllegalArgumentException}
     *                 for bad data
     * @throws IllegalArgumentException if the type name or class is already registered
     */
    public <E extends ProgressEvent> EventCodec register(String type, Class<E> coreType,
            Function<E, JsonObject> encoder, Function<JsonObject, E> decoder) {
        Entry<E> entry = new Entry<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(coreType),
                Objects.requireNonNull(encoder), Objects.requireNonNull(decoder));
        if (byType.containsKey(type) || byClass.containsKey(coreType)) {
            throw new IllegalArgumentException("event type '" + type + "' or class " + coreType.getName()
                    + " is already registered");
        }
        byType.put(type, entry);
        byClass.put(coreType, entry);
        return this;
    }

    /** The registered type names, sorted. */
    public Set<String> types() {
        return Collections.unmodifiableSet(new TreeSet<>(byType.keySet()));
    }

    public boolean knows(String type) {
        return byType.containsKey(type);
    }

    String typeOf(ProgressEvent e) {
        return entryFor(e).type;
    }

    JsonObject encode(ProgressEvent e) {
        return entryFor(e).encode(e);
    }

    /** @throws JsonFormatException or IllegalArgumentException when the data does not make that event */
    ProgressEvent decode(String type, JsonObject data) {
        Entry<?> entry = byType.get(type);
        if (entry == null) {
            throw new IllegalArgumentException("unknown event type '" + type + "'");
        }
        return entry.decoder.apply(data);
    }

    private Entry<?> entryFor(ProgressEvent e) {
        Entry<?> entry = byClass.get(e.getClass());
        if (entry == null) {
            throw new IllegalArgumentException("no journal type is registered for " + e.getClass().getName());
        }
        return entry;
    }

    private static JsonObject card(String questionId, Instant at) {
        JsonObject o = new JsonObject();
        o.addProperty("questionId", questionId);
        o.addProperty("at", at.toString());
        return o;
    }

    private static JsonObject review(ReviewEvent e) {
        JsonObject o = card(e.questionId(), e.at());
        o.addProperty("rating", JsonFields.lower(e.rating()));
        o.addProperty("durationMillis", e.durationMillis());
        o.add("before", CardJson.toJson(e.before()));
        o.add("after", CardJson.toJson(e.after()));
        return o;
    }

    private static ReviewEvent review(JsonObject o) {
        return new ReviewEvent(JsonFields.string(o, "questionId"), JsonFields.enumValue(o, "rating", Rating.class),
                JsonFields.instant(o, "at"), JsonFields.integer(o, "durationMillis"),
                CardJson.fromJson(JsonFields.object(o, "before")), CardJson.fromJson(JsonFields.object(o, "after")));
    }

    /** Lenient like settings.json: a value a later version allows must not make the event unreadable. */
    private static SettingsChangedEvent settings(JsonObject o) {
        List<String> warnings = new ArrayList<>();
        SettingsChangedEvent e = new SettingsChangedEvent(JsonFields.instant(o, "at"),
                SettingsJson.fromJson(JsonFields.object(o, "settings"), "settings event at " + o.get("at"),
                        warnings));
        warnings.forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
        return e;
    }
}
