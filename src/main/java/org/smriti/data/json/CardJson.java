package org.smriti.data.json;

import com.google.gson.JsonObject;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;

/** The JSON form of a {@link Card}, shared by the journal and the snapshot. */
public final class CardJson {

    private CardJson() {
    }

    public static JsonObject toJson(Card c) {
        JsonObject o = new JsonObject();
        o.addProperty("state", JsonFields.lower(c.state()));
        o.addProperty("due", c.due().toString());
        o.addProperty("stability", c.stability());
        o.addProperty("difficulty", c.difficulty());
        o.addProperty("scheduledDays", c.scheduledDays());
        o.addProperty("learningStep", c.learningStep());
        o.addProperty("reps", c.reps());
        o.addProperty("lapses", c.lapses());
        if (c.lastReview() != null) {
            o.addProperty("lastReview", c.lastReview().toString());
        }
        return o;
    }

    public static Card fromJson(JsonObject o) {
        return new Card(
                JsonFields.enumValue(o, "state", CardState.class),
                JsonFields.instant(o, "due"),
                JsonFields.number(o, "stability"),
                JsonFields.number(o, "difficulty"),
                JsonFields.int32(o, "scheduledDays"),
                JsonFields.int32(o, "learningStep"),
                JsonFields.int32(o, "reps"),
                JsonFields.int32(o, "lapses"),
                o.has("lastReview") && !o.get("lastReview").isJsonNull() ? JsonFields.instant(o, "lastReview") : null);
    }
}
