package org.smriti.data.journal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.mock.MockChangedEvent;
import org.smriti.core.mock.MockDiscardedEvent;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.mock.MockStartedEvent;
import org.smriti.core.mock.MockSubmittedEvent;
import org.smriti.core.question.Topic;
import org.smriti.data.json.JsonFields;
import org.smriti.data.json.JsonFormatException;

/** Journal lines of mock tests: started, changed (one per action), submitted, discarded. */
public final class MockEventCodecs {

    /** The journal type names of mock events; never change them once released. */
    public static final Set<String> TYPES = Set.of("mock-started", "mock-changed", "mock-submitted", "mock-discarded");

    private MockEventCodecs() {
    }

    /** The standard codec plus the mock-test events: what the app opens its store with. */
    public static EventCodec appCodec() {
        return register(EventCodec.standard());
    }

    public static EventCodec register(EventCodec codec) {
        return codec
                .register("mock-started", MockStartedEvent.class, MockEventCodecs::started, MockEventCodecs::started)
                .register("mock-changed", MockChangedEvent.class, MockEventCodecs::changed, MockEventCodecs::changed)
                .register("mock-submitted", MockSubmittedEvent.class, e -> {
                    JsonObject o = test(e.testId(), e.at().toString());
                    o.addProperty("autoSubmitted", e.autoSubmitted());
                    return o;
                }, o -> new MockSubmittedEvent(JsonFields.string(o, "testId"), JsonFields.instant(o, "at"),
                        JsonFields.bool(o, "autoSubmitted")))
                .register("mock-discarded", MockDiscardedEvent.class, e -> test(e.testId(), e.at().toString()),
                        o -> new MockDiscardedEvent(JsonFields.string(o, "testId"), JsonFields.instant(o, "at")));
    }

    private static JsonObject test(String testId, String at) {
        JsonObject o = new JsonObject();
        o.addProperty("testId", testId);
        o.addProperty("at", at);
        return o;
    }

    private static JsonObject started(MockStartedEvent e) {
        JsonObject o = test(e.testId(), e.at().toString());
        MockSpec s = e.spec();
        JsonObject spec = new JsonObject();
        spec.addProperty("preset", JsonFields.lower(s.preset()));
        spec.addProperty("count", s.count());
        spec.addProperty("durationSeconds", s.duration().getSeconds());
        spec.add("topics", strings(s.topics().stream().map(Topic::id).toList()));
        JsonArray difficulties = new JsonArray();
        s.difficulties().forEach(difficulties::add);
        spec.add("difficulties", difficulties);
        spec.addProperty("pyqOnly", s.pyqOnly());
        spec.addProperty("weakSpotsOnly", s.weakSpotsOnly());
        spec.add("onlyIds", strings(s.onlyIds()));
        spec.addProperty("seed", s.seed());
        JsonObject scheme = new JsonObject();
        scheme.addProperty("right", s.scheme().right().toString());
        scheme.addProperty("wrong", s.scheme().wrong().toString());
        scheme.addProperty("blank", s.scheme().blank().toString());
        spec.add("scheme", scheme);
        o.add("spec", spec);
        o.add("questionIds", strings(e.questionIds()));
        o.addProperty("durationSeconds", e.duration().getSeconds());
        return o;
    }

    private static MockStartedEvent started(JsonObject o) {
        JsonObject spec = JsonFields.object(o, "spec");
        JsonObject scheme = JsonFields.object(spec, "scheme");
        Set<Topic> topics = new TreeSet<>();
        for (String id : strings(spec, "topics")) {
            topics.add(Topic.fromId(id).orElseThrow(() -> new JsonFormatException("unknown topic \"" + id + "\"")));
        }
        Set<Integer> difficulties = new TreeSet<>();
        for (JsonElement d : array(spec, "difficulties")) {
            difficulties.add(d.getAsInt());
        }
        MockSpec s = new MockSpec(
                JsonFields.enumValue(spec, "preset", MockPreset.class),
                JsonFields.int32(spec, "count"),
                Duration.ofSeconds(JsonFields.integer(spec, "durationSeconds")),
                topics,
                difficulties,
                JsonFields.bool(spec, "pyqOnly"),
                JsonFields.bool(spec, "weakSpotsOnly"),
                new TreeSet<>(strings(spec, "onlyIds")),
                JsonFields.integer(spec, "seed"),
                new MarkingScheme(Fraction.parse(JsonFields.string(scheme, "right")),
                        Fraction.parse(JsonFields.string(scheme, "wrong")),
                        Fraction.parse(JsonFields.string(scheme, "blank"))));
        return new MockStartedEvent(JsonFields.string(o, "testId"), JsonFields.instant(o, "at"), s,
                strings(o, "questionIds"), Duration.ofSeconds(JsonFields.integer(o, "durationSeconds")));
    }

    private static JsonObject changed(MockChangedEvent e) {
        JsonObject o = test(e.testId(), e.at().toString());
        o.addProperty("question", e.questionIndex());
        o.addProperty("selected", e.selectedOption());
        o.addProperty("marked", e.marked());
        o.addProperty("visited", e.visited());
        o.addProperty("timeMillis", e.timeOnQuestionMillis());
        o.addProperty("current", e.currentIndex());
        o.addProperty("remainingMillis", e.remainingMillis());
        return o;
    }

    private static MockChangedEvent changed(JsonObject o) {
        return new MockChangedEvent(JsonFields.string(o, "testId"), JsonFields.instant(o, "at"),
                JsonFields.int32(o, "question"), JsonFields.int32(o, "selected"), JsonFields.bool(o, "marked"),
                JsonFields.bool(o, "visited"), JsonFields.integer(o, "timeMillis"), JsonFields.int32(o, "current"),
                JsonFields.integer(o, "remainingMillis"));
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonArray array(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonArray()) {
            throw new JsonFormatException(field + ": expected a list");
        }
        return e.getAsJsonArray();
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(o, field)) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new JsonFormatException(field + ": expected text, found " + e);
            }
            out.add(e.getAsString());
        }
        return out;
    }
}
