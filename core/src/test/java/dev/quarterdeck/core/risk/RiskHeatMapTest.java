package dev.quarterdeck.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.risk.RiskHeatMap.Cell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskHeatMapTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 16);
    private final List<Risk> risks = new ArrayList<>();

    @Test
    void countsActiveRisksByLikelihoodAndImpact() {
        Risk lease = risk(3, 3, RiskStatus.OPEN);
        Risk movers = risk(3, 3, RiskStatus.MITIGATING);
        risk(5, 5, RiskStatus.OPEN);
        risk(5, 5, RiskStatus.CLOSED);
        risk(1, 4, RiskStatus.ACCEPTED);
        risk(2, 2, RiskStatus.OCCURRED);

        RiskHeatMap map = RiskHeatMap.of(risks);

        assertThat(map.count(3, 3)).isEqualTo(2);
        assertThat(map.count(5, 5)).isEqualTo(1);
        assertThat(map.count(1, 4)).isEqualTo(1);
        assertThat(map.count(2, 2)).isZero();
        assertThat(map.count(4, 1)).isZero();
        assertThat(map.total()).isEqualTo(4);
        assertThat(map.maxCount()).isEqualTo(2);
        assertThat(map.risksIn(new Cell(3, 3))).containsExactly(lease, movers);
        int sum = map.cells().stream().mapToInt(map::count).sum();
        assertThat(sum).isEqualTo(4);
    }

    @Test
    void aRiskIsFilteredByItsCellWhateverItsStatus() {
        Risk closed = risk(4, 2, RiskStatus.CLOSED);
        Risk open = risk(4, 2, RiskStatus.OPEN);

        assertThat(RiskHeatMap.cellFor(closed)).isEqualTo(new Cell(4, 2));
        assertThat(risks.stream().filter(r -> RiskHeatMap.cellFor(r).equals(new Cell(4, 2)))).hasSize(2);
        assertThat(RiskHeatMap.of(risks).risksIn(new Cell(4, 2))).containsExactly(open);
    }

    @Test
    void cellsAreListedAsTheGridIsDrawnHighLikelihoodOnTop() {
        List<Cell> cells = RiskHeatMap.of(List.of()).cells();

        assertThat(cells).hasSize(25).doesNotHaveDuplicates();
        assertThat(cells.subList(0, 5)).containsExactly(new Cell(5, 1), new Cell(5, 2), new Cell(5, 3),
                new Cell(5, 4), new Cell(5, 5));
        assertThat(cells.get(24)).isEqualTo(new Cell(1, 5));
        assertThat(new Cell(5, 4).score()).isEqualTo(20);
        assertThat(new Cell(5, 4).band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(new Cell(2, 2).band()).isEqualTo(RiskBand.LOW);
    }

    @Test
    void anEmptyRegisterIsAnEmptyGridAndCellsStayOnIt() {
        RiskHeatMap map = RiskHeatMap.of(List.of());

        assertThat(map.total()).isZero();
        assertThat(map.maxCount()).isZero();
        assertThatThrownBy(() -> map.count(6, 1)).hasMessage("likelihood must be between 1 and 5, was 6");
        assertThatThrownBy(() -> new Cell(1, 0)).hasMessage("impact must be between 1 and 5, was 0");
    }

    @Test
    void theDemoPortfolioOnOneMap() {
        LocalDate today = LocalDate.of(2025, 11, 22);
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        List<Risk> all = DemoWorkspace.create(today, vienna, today.atStartOfDay(vienna).toInstant()).risks();

        RiskHeatMap map = RiskHeatMap.of(all);

        long active = all.stream().filter(r -> r.status().isActive()).count();
        assertThat(map.total()).isEqualTo((int) active);
        assertThat(map.cells().stream().mapToInt(map::count).sum()).isEqualTo((int) active);
        // NOVA's closed venue risk (3×4) is not counted; its open localisation risk (3×3) is
        assertThat(map.risksIn(new Cell(3, 4))).noneMatch(r -> r.title().startsWith("Berlin venue"));
        assertThat(map.risksIn(new Cell(3, 3))).anyMatch(r -> r.title().startsWith("Pricing page not localised"));
    }

    private Risk risk(int likelihood, int impact, RiskStatus status) {
        Risk risk = new Risk(UUID.randomUUID(), UUID.randomUUID(), Risk.keyFor(risks.size() + 1), "Risk "
                + (risks.size() + 1), "", null, likelihood, impact, null, "", "", status, TODAY.minusDays(30),
                null, status == RiskStatus.CLOSED ? TODAY : null, Instant.EPOCH, 0);
        risks.add(risk);
        return risk;
    }
}
