package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.bank.TestPacks.cardPack;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.question.Question;

class CheckedBankTest {

    @TempDir
    Path dir;

    private Path classes() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("question-bank"));
        Files.createDirectories(classes.resolve("seeds"));
        Files.writeString(classes.resolve("seeds/doc.txt"), TestPacks.DOC.text());
        Files.writeString(classes.resolve("question-bank/a.json"), cardPack("dir-a"));
        return classes;
    }

    /** What the build does: validate the bundled packs of {@code classes} and write their checked form there. */
    private static void build(Path classes) throws IOException {
        try (URLClassLoader loader = loader(classes)) {
            Path file = classes.resolve("org/smriti/data/bank").resolve(CheckedBank.RESOURCE);
            Files.createDirectories(file.getParent());
            Files.write(file, CheckedBank.write("test", CheckedBank.inputs(loader), BankLoader.loadBundled(loader)));
        }
    }

    private static Optional<LoadedBank> start(Path classes) throws IOException {
        try (URLClassLoader loader = loader(classes)) {
            return CheckedBank.read(loader).map(CheckedBank.Checked::bank);
        }
    }

    private static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }

    @Test
    void aStartReadsTheBankTheBuildValidated() throws IOException {
        Path classes = classes();
        build(classes);

        LoadedBank bank = start(classes).orElseThrow();

        assertThat(bank.bank().questions()).extracting(Question::id).containsExactly("dir-a");
        assertThat(bank.packs()).extracting(PackSummary::file).containsExactly("a.json");
        assertThat(bank.documents()).extracting(d -> d.file()).containsExactly("doc.txt");
    }

    @Test
    void aPackChangedSinceTheBuildIsValidatedInFullInstead() throws IOException {
        Path classes = classes();
        build(classes);
        Files.writeString(classes.resolve("question-bank/a.json"), cardPack("dir-a").replace("Q?", "Q, changed?"));

        assertThat(start(classes)).isEmpty();
    }

    @Test
    void aPackAddedOrANoteEditedSinceTheBuildIsNoticedToo() throws IOException {
        Path classes = classes();
        build(classes);
        Files.writeString(classes.resolve("question-bank/b.json"), cardPack("dir-b"));
        assertThat(start(classes)).as("pack added").isEmpty();

        Files.delete(classes.resolve("question-bank/b.json"));
        Files.writeString(classes.resolve("seeds/doc.txt"), TestPacks.DOC.text() + " More.");
        assertThat(start(classes)).as("note edited").isEmpty();
    }

    @Test
    void withoutACheckedFormTheStartValidates() throws IOException {
        assertThat(start(classes())).isEmpty();
    }

    @Test
    void theBuildLeavesACheckedFormOfTheRealBundledBankThatTheAppUses() throws IOException {
        LoadedBank checked = CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow().bank();
        LoadedBank validated = BankLoader.loadBundled();

        assertThat(checked.bank().questions()).isEqualTo(validated.bank().questions());
        assertThat(checked.packs()).isEqualTo(validated.packs());
        assertThat(checked.documents()).isEqualTo(validated.documents());
    }

    @Test
    void aUserPackStillMeetsTheBundledIdsAsDuplicates() throws IOException {
        LoadedBank checked = CheckedBank.read(BankLoader.class.getClassLoader()).orElseThrow().bank();
        String bundledId = checked.bank().questions().get(0).id();
        Files.createDirectories(dir.resolve("packs"));
        Files.writeString(dir.resolve("packs/mine.json"), cardPack(bundledId));

        LoadedBank loaded = BankLoader.loadApp(dir);

        assertThat(loaded.refused()).singleElement().satisfies(refused -> assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p.toString()).contains("duplicate id")
                        .contains(checked.packs().get(0).file())));
        assertThat(loaded.bank().questions()).hasSameSizeAs(checked.bank().questions());
    }

    @Test
    void theChecksCoverEveryBundledPackNoteAndTheCatalogue() throws IOException {
        List<CheckedBank.Input> inputs = CheckedBank.inputs(BankLoader.class.getClassLoader());

        assertThat(inputs).extracting(CheckedBank.Input::path)
                .contains("question-bank/defence.json", "seeds/000_2b59ad7f4d9ca176.txt", "sources.json");
    }
}
