package org.smriti.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.FsrsParameters;
import org.smriti.core.fsrs.optimizer.Metrics;
import org.smriti.core.fsrs.optimizer.OptimizationResult;
import org.smriti.core.fsrs.optimizer.Optimizer;
import org.smriti.core.fsrs.optimizer.OptimizerOptions;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.core.fsrs.optimizer.TrainingSet;
import org.smriti.core.settings.Settings;
import org.smriti.data.DataLocation;
import org.smriti.data.interop.ReviewLogCsv;
import org.smriti.data.interop.ReviewLogFormatException;
import org.smriti.data.journal.TrainingData;
import org.smriti.data.settings.SettingsStore;

/**
 * {@code smriti optimize}: fits FSRS weights to the reviews in the data folder (read without its lock; nothing is
 * written or applied — applying is done in the app's Settings) or in a py-fsrs CSV review log, and compares them
 * with the current weights (for a CSV, the defaults).
 */
final class OptimizeCommand implements Command {

    private static final String USAGE = "usage: smriti optimize [--data-dir DIR] [--json]\n"
            + "       smriti optimize --csv FILE [--day-start-hour H] [--json]";

    private final Clock clock;

    OptimizeCommand() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock its zone counts study days in a data folder; also names a set-aside settings file (never here) */
    OptimizeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "optimize";
    }

    @Override
    public String arguments() {
        return "[--data-dir DIR | --csv FILE [--day-start-hour H]] [--json]";
    }

    @Override
    public String summary() {
        return "fit FSRS weights to your reviews (or a py-fsrs CSV log) and compare them with the current ones";
    }

    /** The parsed command line. */
    private record Options(Optional<Path> dataDir, Optional<String> csv, int dayStartHour, boolean json) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("optimize: " + e.getMessage());
            err.println(USAGE);
            return Cli.USAGE;
        }
        Path input = null;
        try {
            FsrsParameters current;
            TrainingSet set;
            if (options.csv().isPresent()) {
                input = InputChecks.existingFile(options.csv().get());
                current = FsrsParameters.defaults();
                set = TrainingSet.of(ReviewLogCsv.read(input), DayClock.of(ZoneOffset.UTC, options.dayStartHour()));
            } else {
                Path dir = DataLocation.resolve(options.dataDir());
                input = dir;
                if (!Files.exists(dir)) {
                    throw new InputChecks.BadInput(dir + " does not exist: there are no reviews to learn from.");
                }
                if (!Files.isDirectory(dir)) {
                    throw new InputChecks.BadInput(dir + " is a file, not a data folder (the folder where Smriti "
                            + "keeps your progress).");
                }
                SettingsStore.Loaded loaded = new SettingsStore(dir, clock).peek();
                loaded.warnings().forEach(w -> err.println("optimize: " + w));
                Settings settings = loaded.settings();
                current = settings.fsrsParameters();
                set = TrainingData.readUnlocked(dir, DayClock.of(clock.getZone(), settings.rolloverHour()));
            }
            OptimizationResult result = Optimizer.optimize(set, current, OptimizerOptions.defaults(), Progress.NONE);
            if (options.json()) {
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(json(result)));
            } else {
                print(result, options.csv().isPresent(), out);
            }
            return Cli.OK;
        } catch (InputChecks.BadInput e) {
            return e.report(name(), err);
        } catch (ReviewLogFormatException e) {
            e.problems().forEach(p -> err.println("optimize: " + p));
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("optimize: " + InputChecks.cannot("read", input, e));
            return Cli.FAILED;
        } catch (CancellationException e) {
            err.println("optimize: stopped");
            return Cli.FAILED;
        }
    }

    private static Options parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        Optional<String> csv = Optional.empty();
        Integer hour = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--data-dir" -> dataDir = Optional.of(Path.of(value(args, ++i, a)));
                case "--csv" -> csv = Optional.of(value(args, ++i, a));
                case "--day-start-hour" -> {
                    String h = value(args, ++i, a);
                    if (!h.matches("\\d{1,2}") || Integer.parseInt(h) > 23) {
                        throw new IllegalArgumentException("--day-start-hour must be a whole hour 0..23, was " + h);
                    }
                    hour = Integer.parseInt(h);
                }
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        if (csv.isPresent() && dataDir.isPresent()) {
            throw new IllegalArgumentException("--csv and --data-dir cannot be used together");
        }
        if (csv.isEmpty() && hour != null) {
            throw new IllegalArgumentException("--day-start-hour is for --csv (a data folder has its own setting)");
        }
        return new Options(dataDir, csv, hour == null ? 4 : hour, json);
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static void print(OptimizationResult r, boolean csv, PrintStream out) {
        out.println(r.summary());
        if (r.before().isPresent()) {
            out.println();
            out.printf(Locale.ROOT, "%-40s %9s %11s%n", "", "log loss", "RMSE(bins)");
            String currentName = csv ? "default weights" : "current weights";
            row(out, currentName + ", all items", r.before().get());
            row(out, "fitted weights, all items", r.after().get());
            if (r.heldOutAfter().isPresent()) {
                row(out, currentName + ", future items", r.heldOutBefore().get());
                row(out, "fitted on the past, future items", r.heldOutAfter().get());
                out.println("(future items: the items cut into six in time order, each of the last five parts "
                        + "predicted by weights fitted on the parts before it)");
            }
        }
        out.println();
        out.println("Fitted weights: " + weightsLine(r.fit().parameters()));
        if (r.better() && !csv) {
            out.println("To use them: Settings → Optimise from my reviews → Apply.");
        }
    }

    private static void row(PrintStream out, String name, Metrics m) {
        out.printf(Locale.ROOT, "%-40s %9.4f %10.2f%%%n", name, m.logLoss(), 100 * m.rmseBins());
    }

    private static String weightsLine(FsrsParameters p) {
        List<String> parts = new ArrayList<>();
        for (double w : p.toArray()) {
            parts.add(String.format(Locale.ROOT, "%.4f", w));
        }
        return String.join(", ", parts);
    }

    private static JsonObject json(OptimizationResult r) {
        JsonObject o = new JsonObject();
        o.add("weights", array(r.fit().parameters()));
        o.add("currentWeights", array(r.current()));
        o.addProperty("stage", r.fit().stage().name().toLowerCase(Locale.ROOT));
        o.addProperty("items", r.items());
        o.addProperty("reviews", r.reviews());
        o.addProperty("cards", r.cards());
        o.add("logLoss", pair(r.before().map(Metrics::logLoss), r.after().map(Metrics::logLoss)));
        o.add("rmseBins", pair(r.before().map(Metrics::rmseBins), r.after().map(Metrics::rmseBins)));
        JsonObject heldOut = new JsonObject();
        heldOut.add("logLoss", pair(r.heldOutBefore().map(Metrics::logLoss), r.heldOutAfter().map(Metrics::logLoss)));
        heldOut.add("rmseBins", pair(r.heldOutBefore().map(Metrics::rmseBins),
                r.heldOutAfter().map(Metrics::rmseBins)));
        o.add("timeSeriesSplit", heldOut);
        o.addProperty("better", r.better());
        o.addProperty("summary", r.summary());
        return o;
    }

    private static JsonArray array(FsrsParameters p) {
        JsonArray a = new JsonArray();
        for (double w : p.toArray()) {
            a.add(w);
        }
        return a;
    }

    private static JsonObject pair(Optional<Double> before, Optional<Double> after) {
        JsonObject o = new JsonObject();
        o.addProperty("before", before.orElse(null));
        o.addProperty("after", after.orElse(null));
        return o;
    }
}
