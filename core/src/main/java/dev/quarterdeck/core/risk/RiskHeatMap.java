package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A 5 × 5 grid of how many active risks (open, mitigating, accepted) sit at each likelihood × impact; closed and
 * occurred risks are not counted. Clicking a cell filters a risk table to the risks whose {@link #cellFor(Risk)} is
 * that cell.
 */
public final class RiskHeatMap {

    public static final int SIZE = 5;

    private final int[][] counts = new int[SIZE][SIZE];
    private final List<Risk> counted;

    private RiskHeatMap(List<Risk> counted) {
        this.counted = counted;
        for (Risk risk : counted) {
            counts[risk.likelihood() - 1][risk.impact() - 1]++;
        }
    }

    /** The heat map of the active risks among {@code risks}. */
    public static RiskHeatMap of(Collection<Risk> risks) {
        Require.present(risks, "risks");
        return new RiskHeatMap(risks.stream().filter(r -> r.status().isActive()).toList());
    }

    /** The cell a risk belongs in, whatever its status. */
    public static Cell cellFor(Risk risk) {
        Require.present(risk, "risk");
        return new Cell(risk.likelihood(), risk.impact());
    }

    /** Active risks rated {@code likelihood} × {@code impact}. */
    public int count(int likelihood, int impact) {
        Require.range(likelihood, 1, SIZE, "likelihood");
        Require.range(impact, 1, SIZE, "impact");
        return counts[likelihood - 1][impact - 1];
    }

    public int count(Cell cell) {
        return count(cell.likelihood(), cell.impact());
    }

    /** The active risks in {@code cell}, in the order given. */
    public List<Risk> risksIn(Cell cell) {
        Require.present(cell, "cell");
        return counted.stream().filter(r -> cellFor(r).equals(cell)).toList();
    }

    /** Active risks counted. */
    public int total() {
        return counted.size();
    }

    /** The fullest cell's count, for shading; 0 when no risk is active. */
    public int maxCount() {
        int max = 0;
        for (int[] row : counts) {
            for (int count : row) {
                max = Math.max(max, count);
            }
        }
        return max;
    }

    /** All 25 cells, likelihood 5 down to 1 and impact 1 to 5 within each, as a heat map is drawn. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(SIZE * SIZE);
        for (int likelihood = SIZE; likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= SIZE; impact++) {
                cells.add(new Cell(likelihood, impact));
            }
        }
        return cells;
    }

    /** One square of the grid. */
    public record Cell(int likelihood, int impact) {

        public Cell {
            Require.range(likelihood, 1, SIZE, "likelihood");
            Require.range(impact, 1, SIZE, "impact");
        }

        public int score() {
            return likelihood * impact;
        }

        public RiskBand band() {
            return RiskBand.of(score());
        }
    }
}
