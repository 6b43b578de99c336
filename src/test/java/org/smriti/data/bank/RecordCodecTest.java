package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Question;

class RecordCodecTest {

    /** A list of every question type, nulls (an optional pyq) and enums, as the bank holds them. */
    record Sample(List<Question> questions, List<CheckedBank.Document> documents, List<PackSummary> packs) {
    }

    record WithADecimal(String name, double weight) {
    }

    record Named(String name, String note) {
    }

    record ManyNamed(List<Named> all) {
    }

    private static Object roundTrip(Type type, Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new RecordCodec().write(out, type, value);
        }
        return new RecordCodec().read(new RecordCodec.Input(bytes.toByteArray()), type);
    }

    @Test
    void theBundledBankComesBackEqualRecordForRecord() throws IOException {
        LoadedBank bank = BankLoader.loadBundled();
        Sample sample = new Sample(bank.bank().questions(),
                bank.documents().stream().map(CheckedBank.Document::of).toList(), bank.packs());

        assertThat(roundTrip(Sample.class, sample)).isEqualTo(sample);
    }

    @Test
    void aStringThatRecursIsWrittenOnceAndReadBackEveryTime() throws IOException {
        String longText = "Article 21 protects life and personal liberty. ".repeat(20);
        List<Named> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(new Named(i % 2 == 0 ? longText : "short " + i, i % 3 == 0 ? null : longText));
        }
        ManyNamed value = new ManyNamed(all);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new RecordCodec().write(out, ManyNamed.class, value);
        }

        assertThat(roundTrip(ManyNamed.class, value)).isEqualTo(value);
        assertThat(bytes.size()).isLessThan(2 * longText.length());
    }

    @Test
    void aTypeItCannotWriteIsNamedRatherThanWrittenWrongly() {
        assertThatThrownBy(() -> roundTrip(WithADecimal.class, new WithADecimal("x", 0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("double");
    }

    @Test
    void theShapeNamesEveryRecordBehindASealedTypeWithItsComponents() {
        String shape = RecordCodec.shape(Question.class);

        assertThat(shape).contains("org.smriti.core.question.Mcq(org.smriti.core.question.QuestionMeta meta, "
                        + "java.util.List<java.lang.String> options, int correctOption)")
                .contains("org.smriti.core.question.Pairs$Pair(")
                .contains("org.smriti.core.question.SourceRef(java.lang.String doc, java.lang.String quote)");
    }
}
