package com.starlightdesk.data.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ObservationKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart's CDSi pick lists ({@code cdsi-*.tsv}) hold what CDC's supporting data says, read again here from the XML
 * the forecaster ships: every preferable product (CVX, MVX, trade name, volume), every coded observation with the
 * kinds the antigens use it as, and every vaccine group. A new release of the supporting data that changes any of
 * them fails this test until the lists are taken again.
 */
final class CdsiCodeListsTest {
    private static final String DATA = "/com/starlightdesk/data/immunization/forecast/supporting-data";
    private static final ImmunizationCodes CODES = ImmunizationCodes.bundled();
    private static List<Document> antigens;
    private static Document schedule;

    @BeforeAll
    static void readTheXml() throws Exception {
        Path dir = Path.of(CdsiCodeListsTest.class.getResource(DATA).toURI());
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        antigens = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("AntigenSupportingData- ")).sorted().toList()) {
                antigens.add(builder.parse(file.toFile()));
            }
        }
        schedule = builder.parse(dir.resolve("ScheduleSupportingData.xml").toFile());
        assertEquals(30, antigens.size());
    }

    @Test
    void productsAreTheAntigensPreferableVaccines() {
        Set<String> fromXml = new TreeSet<>();
        for (Document antigen : antigens) {
            for (Element vaccine : elements(antigen, "preferableVaccine")) {
                String cvx = text(vaccine, "cvx");
                if (!cvx.isEmpty()) {
                    String volume = text(vaccine, "volume");
                    fromXml.add(String.join("|", cvx, text(vaccine, "mvx"), text(vaccine, "tradeName"),
                            volume.isEmpty() ? "" : new BigDecimal(volume).stripTrailingZeros().toPlainString()));
                }
            }
        }
        Set<String> shipped = new TreeSet<>();
        for (VaccineCode code : CODES.vaccines()) {
            for (VaccineProduct p : CODES.products(code.cvx())) {
                shipped.add(String.join("|", p.cvx(), p.mvx(), p.tradeName(),
                        p.volumeMl() == null ? "" : p.volumeMl().stripTrailingZeros().toPlainString()));
            }
        }
        assertEquals(fromXml, shipped);
        assertTrue(CODES.vaccines().stream().map(VaccineCode::cvx).toList().containsAll(
                fromXml.stream().map(p -> p.substring(0, p.indexOf('|'))).toList()), "every product's CVX code is on CDC's list");
    }

    @Test
    void observationsCarryTheKindsTheAntigensUseThemAs() {
        Map<String, Set<ObservationKind>> kinds = new TreeMap<>();
        for (Document antigen : antigens) {
            for (Element immunity : elements(antigen, "immunity")) {
                for (Element code : children(immunity, "guidelineCode")) {
                    kinds.computeIfAbsent(code.getTextContent().strip(), c -> EnumSet.noneOf(ObservationKind.class)).add(ObservationKind.IMMUNITY);
                }
            }
            for (Element contraindication : elements(antigen, "contraindication")) {
                kinds.computeIfAbsent(text(contraindication, "observationCode"), c -> EnumSet.noneOf(ObservationKind.class))
                        .add(ObservationKind.CONTRAINDICATION);
            }
            for (Element indication : elements(antigen, "indication")) {
                for (Element code : children(indication, "observationCode")) {
                    String value = code.getElementsByTagName("code").getLength() > 0 ? text(code, "code") : code.getTextContent().strip();
                    kinds.computeIfAbsent(value, c -> EnumSet.noneOf(ObservationKind.class)).add(ObservationKind.INDICATION);
                }
            }
        }
        Map<String, String> fromXml = new LinkedHashMap<>();
        for (Element observation : elements(schedule, "observation")) {
            String code = text(observation, "observationCode");
            Set<ObservationKind> used = kinds.getOrDefault(code, EnumSet.of(ObservationKind.OTHER));
            fromXml.put(code, text(observation, "observationTitle").replaceAll("\\s+", " ") + " " + new TreeSet<>(used));
        }
        Map<String, String> shipped = new LinkedHashMap<>();
        for (ObservationCode code : CODES.observations()) {
            shipped.put(code.code(), code.title() + " " + new TreeSet<>(code.kinds()));
        }
        assertEquals(fromXml, shipped);
        assertTrue(fromXml.keySet().containsAll(kinds.keySet()), "every code the antigens use is one of the schedule's");
    }

    @Test
    void vaccineGroupsAreTheSchedules() {
        List<String> fromXml = new ArrayList<>();
        for (Element group : elements(schedule, "vaccineGroup")) {
            if (group.getParentNode().getNodeName().equals("vaccineGroups")) {
                fromXml.add(text(group, "name").replaceAll("\\s+", " "));
            }
        }
        assertEquals(fromXml, CODES.vaccineGroups());
    }

    private static List<Element> elements(Document document, String tag) {
        return list(document.getElementsByTagName(tag));
    }

    private static List<Element> children(Element parent, String tag) {
        return list(parent.getElementsByTagName(tag));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }
}
