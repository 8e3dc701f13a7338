package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The three lines of a project's burn chart in one currency, as cumulative amounts at the end of each date.
 *
 * <p><b>Dates.</b> The chart runs from the earlier of the project's start and its first transaction to the later of
 * its due date and {@code asOf} (without either start or transaction it starts at {@code asOf}). Points fall every
 * {@link BurnInterval} from that first date, plus the start, {@code asOf} and the due date themselves, so the lines
 * meet where they should and the last week may be short.
 *
 * <ul>
 * <li><b>actual</b>: on each date up to {@code asOf}, the sum of the project's transactions in the currency dated on
 * or before it, refunds included (a refund makes the line step down).</li>
 * <li><b>planned</b>: on each date from start to due, BAC spent linearly over the schedule, BAC ×
 * {@link EarnedValue#scheduledShare}. Empty without a start and a due date.</li>
 * <li><b>forecast</b>: on each date from {@code asOf} to due, a straight line from today's actual cost to the
 * estimate at completion: AC + (EAC − AC) × days since {@code asOf} ÷ days from {@code asOf} to due. Empty when EAC
 * is undefined, the project has no due date, or the due date is not after {@code asOf}.</li>
 * </ul>
 * Amounts on the planned and forecast lines are rounded half-even to the currency's minor unit.
 */
public record BurnSeries(Currency currency, BurnInterval interval, List<BurnPoint> actual, List<BurnPoint> planned,
        List<BurnPoint> forecast) {

    public BurnSeries {
        Require.present(currency, "currency");
        Require.present(interval, "interval");
        actual = List.copyOf(Require.present(actual, "actual"));
        planned = List.copyOf(Require.present(planned, "planned"));
        forecast = List.copyOf(Require.present(forecast, "forecast"));
    }

    /**
     * The burn chart of {@code project} in the currency of {@code earnedValue}, up to its {@code asOf}. BAC and EAC
     * come from {@code earnedValue}; actual cost is summed from {@code transactions} (other projects' and other
     * currencies' are ignored).
     */
    public static BurnSeries of(Project project, Collection<Transaction> transactions, EarnedValue earnedValue,
            BurnInterval interval) {
        Require.present(project, "project");
        Require.present(transactions, "transactions");
        Require.present(earnedValue, "earnedValue");
        Require.present(interval, "interval");
        Currency currency = earnedValue.currency();
        LocalDate asOf = earnedValue.asOf();
        List<Transaction> ledger = transactions.stream()
                .filter(t -> project.id().equals(t.projectId()) && t.amount().currency().equals(currency)
                        && !t.date().isAfter(asOf))
                .sorted(Comparator.comparing(Transaction::date)).toList();

        List<LocalDate> dates = dates(project.start(), project.due(), ledger, asOf, interval);
        return new BurnSeries(currency, interval, actualLine(dates, ledger, asOf, currency),
                plannedLine(dates, project, earnedValue.bac()), forecastLine(dates, project, earnedValue));
    }

    private static List<LocalDate> dates(LocalDate start, LocalDate due, List<Transaction> ledger, LocalDate asOf,
            BurnInterval interval) {
        LocalDate first = asOf;
        if (start != null && start.isBefore(first)) {
            first = start;
        }
        if (!ledger.isEmpty() && ledger.get(0).date().isBefore(first)) {
            first = ledger.get(0).date();
        }
        LocalDate last = due != null && due.isAfter(asOf) ? due : asOf;
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate date = first; date.isBefore(last); date = date.plusDays(interval.days())) {
            dates.add(date);
        }
        dates.add(last);
        dates.add(asOf);
        for (LocalDate milestone : new LocalDate[] {start, due}) {
            if (milestone != null && !milestone.isBefore(first) && !milestone.isAfter(last)) {
                dates.add(milestone);
            }
        }
        return List.copyOf(dates);
    }

    private static List<BurnPoint> actualLine(List<LocalDate> dates, List<Transaction> ledger, LocalDate asOf,
            Currency currency) {
        List<BurnPoint> points = new ArrayList<>();
        Money cumulative = Money.zero(currency);
        int next = 0;
        for (LocalDate date : dates) {
            if (date.isAfter(asOf)) {
                break;
            }
            while (next < ledger.size() && !ledger.get(next).date().isAfter(date)) {
                cumulative = cumulative.plus(ledger.get(next).amount());
                next++;
            }
            points.add(new BurnPoint(date, cumulative));
        }
        return points;
    }

    private static List<BurnPoint> plannedLine(List<LocalDate> dates, Project project, Money bac) {
        if (project.start() == null || project.due() == null) {
            return List.of();
        }
        List<BurnPoint> points = new ArrayList<>();
        for (LocalDate date : dates) {
            if (!date.isBefore(project.start()) && !date.isAfter(project.due())) {
                Share share = EarnedValue.scheduledShare(project.start(), project.due(), date).orElseThrow();
                points.add(new BurnPoint(date, share.of(bac)));
            }
        }
        return points;
    }

    private static List<BurnPoint> forecastLine(List<LocalDate> dates, Project project, EarnedValue earnedValue) {
        LocalDate asOf = earnedValue.asOf();
        LocalDate due = project.due();
        Optional<Money> eac = earnedValue.eac();
        if (eac.isEmpty() || due == null || !due.isAfter(asOf)) {
            return List.of();
        }
        Money ac = earnedValue.ac();
        BigDecimal rise = eac.get().minus(ac).amount();
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, due));
        List<BurnPoint> points = new ArrayList<>();
        for (LocalDate date : dates) {
            if (!date.isBefore(asOf) && !date.isAfter(due)) {
                BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, date));
                Money step = Amounts.money(rise.multiply(elapsed), span, ac.currency());
                points.add(new BurnPoint(date, ac.plus(step)));
            }
        }
        return points;
    }
}
