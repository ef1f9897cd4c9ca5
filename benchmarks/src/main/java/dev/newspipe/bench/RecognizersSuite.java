package dev.newspipe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.figures.FigureExtractor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs the figure extractor over Microsoft Recognizers-Text's Chinese specs (percent, currency, dimension)
 * and reports recall per model, overall and on the cases that suite's own Java port supports. The suite is
 * read from where it lies; it is not part of this project.
 */
@Command(name = "recognizers", mixinStandardHelpOptions = true,
        description = "Recall of the figure extractor on Recognizers-Text's Chinese percent, currency and dimension specs.")
final class RecognizersSuite implements Callable<Integer> {

    private static final Map<String, List<String>> UNITS = Map.ofEntries(
            Map.entry("Chinese yuan", List.of("元")), Map.entry("United States dollar", List.of("美元")),
            Map.entry("Dollar", List.of("美元")), Map.entry("Euro", List.of("欧元")), Map.entry("Hong Kong dollar", List.of("港元")),
            Map.entry("Japanese yen", List.of("日元")), Map.entry("Swiss franc", List.of("瑞士法郎")),
            Map.entry("New Taiwan dollar", List.of("台币", "新台币")), Map.entry("British pound", List.of("英镑")),
            Map.entry("Mu", List.of("亩")), Map.entry("Kilogram", List.of("公斤", "千克", "kg")), Map.entry("Centimeter", List.of("公分", "厘米", "cm", "CM")),
            Map.entry("Ton", List.of("吨")), Map.entry("Meter", List.of("米", "m")), Map.entry("Jin", List.of("斤")),
            Map.entry("Kilometer", List.of("千米", "公里", "km")), Map.entry("Gram", List.of("克")), Map.entry("Microgram", List.of("微克")),
            Map.entry("Milligram", List.of("毫克")), Map.entry("Millimeter", List.of("毫米", "mm")),
            Map.entry("Kilowatt", List.of("千瓦", "kW")), Map.entry("Kilocalorie", List.of("千卡")), Map.entry("Nigerian naira", List.of("奈拉")),
            Map.entry("Kilobyte", List.of("千字节")), Map.entry("Megabyte", List.of("兆字节")), Map.entry("Byte", List.of("字节")),
            Map.entry("Bitcoin", List.of("比特币")), Map.entry("Liang", List.of("两")), Map.entry("Bit", List.of("比特")),
            Map.entry("Kilobit", List.of("千比特")), Map.entry("Hertz", List.of("赫兹")), Map.entry("Megahertz", List.of("兆赫兹")));
    /** Units the suite reports in thousands of a unit newspipe may report plainly: 三千比特 is 3 Kilobit or 3000 比特. */
    private static final Map<String, String> THOUSANDS_OF = Map.of("Kilobit", "比特", "Kilobyte", "字节", "Kilogram", "克",
            "Kilometer", "米", "Kilowatt", "瓦");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The recognizers-text folder (holding Number/ and NumberWithUnit/).")
    Path suite;

    @Option(names = "--verbose", description = "Print every missed case.")
    boolean verbose;

    private final FigureExtractor extractor = new FigureExtractor();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %22s %22s%n", "model", "all cases", "cases Java supports");
        for (String[] model : new String[][] {{"percent", "Number/PercentModel.json"}, {"currency", "NumberWithUnit/CurrencyModel.json"},
                {"dimension", "NumberWithUnit/DimensionModel.json"}}) {
            int[] all = new int[2];
            int[] java = new int[2];
            JsonNode cases = json.readTree(new String(Files.readAllBytes(suite.resolve(model[1])), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            for (JsonNode c : cases) {
                boolean javaSupports = !c.path("NotSupported").asText("").toLowerCase(Locale.ROOT).contains("java");
                List<Figure> figures = extractor.extract(c.get("Input").asText(), LocalDate.of(2024, 1, 1));
                for (JsonNode expected : c.get("Results")) {
                    String value = expected.path("Resolution").path("value").asText(null);
                    if (value == null) {
                        continue; // a currency name without an amount is no figure
                    }
                    boolean found = figures.stream().anyMatch(f -> matches(model[0], expected, f));
                    all[0] += found ? 1 : 0;
                    all[1]++;
                    if (javaSupports) {
                        java[0] += found ? 1 : 0;
                        java[1]++;
                    }
                    if (!found && verbose) {
                        out.printf("  missed %s%s: %s in %s; found %s%n", model[0], javaSupports ? " (java)" : "", expected.get("Text").asText(), c.get("Input").asText(),
                                figures.stream().map(f -> f.text() + "=" + f.value() + f.unit()).toList());
                    }
                }
            }
            out.printf("%-10s %15d/%-6d %15d/%-6d%n", model[0], all[0], all[1], java[0], java[1]);
        }
        out.flush();
        return 0;
    }

    private static boolean matches(String model, JsonNode expected, Figure f) {
        String value = expected.get("Resolution").get("value").asText();
        if (model.equals("percent")) {
            double want = Double.parseDouble(value.replace("%", ""));
            double got = switch (f.unit()) {
                case "%", "百分点" -> f.value();
                case "‰" -> f.value() / 10;
                case "‱" -> f.value() / 100;
                default -> Double.NaN;
            };
            // a range a–b% also covers the b% the suite may list on its own
            return close(want, got) || f.valueMax() != null && f.unit().equals("%") && close(want, f.valueMax());
        }
        String unit = expected.get("Resolution").path("unit").asText();
        double want = Double.parseDouble(value);
        if (f.unit().equals(THOUSANDS_OF.get(unit)) && close(want * 1000, f.value())) {
            return true;
        }
        return UNITS.getOrDefault(unit, List.of()).contains(f.unit()) && close(want, f.value());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
