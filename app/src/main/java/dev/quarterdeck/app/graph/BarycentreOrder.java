package dev.quarterdeck.app.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the tasks within each column by the average position of their neighbours in the columns before (then
 * after) it, a few sweeps each way: the barycentre heuristic of layered drawing, on the tasks only. ELK's own
 * crossing minimisation also orders a dummy node for every column a long edge crosses; the canvas never uses
 * those (it draws edges as curves between cells), and on a large, deep graph they outnumber the tasks twenty to one
 * (5,000 tasks: some 100,000 nodes, most of the layout's time). Linear in the edges per sweep.
 */
final class BarycentreOrder {

    static final int SWEEPS = 4;

    private BarycentreOrder() {
    }

    /**
     * Reorders {@code order} (the position within the column) of the nodes marked {@code ordered}, keeping their
     * {@code column}; {@code from}/{@code to} are the edges between them, in either direction.
     */
    static void apply(int[] column, double[] order, boolean[] ordered, int[] from, int[] to) {
        int n = column.length;
        int columns = 0;
        for (int i = 0; i < n; i++) {
            if (ordered[i]) {
                columns = Math.max(columns, column[i] + 1);
            }
        }
        List<List<Integer>> layers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (ordered[i]) {
                layers.get(column[i]).add(i);
            }
        }
        int[][] neighbours = neighbours(n, from, to);
        double[] position = new double[n];
        for (List<Integer> layer : layers) {
            layer.sort(Comparator.comparingDouble(i -> order[i]));
            place(layer, position);
        }
        double[] centre = new double[n];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int step = 0; step < columns; step++) {
                int c = forward ? step : columns - 1 - step;
                List<Integer> layer = layers.get(c);
                for (int i : layer) {
                    double sum = 0;
                    int count = 0;
                    for (int j : neighbours[i]) {
                        if (forward ? column[j] < c : column[j] > c) {
                            sum += position[j];
                            count++;
                        }
                    }
                    centre[i] = count == 0 ? position[i] : sum / count;
                }
                layer.sort(Comparator.comparingDouble(i -> centre[i])); // stable: ties keep their order
                place(layer, position);
            }
        }
        for (List<Integer> layer : layers) {
            for (int rank = 0; rank < layer.size(); rank++) {
                order[layer.get(rank)] = rank;
            }
        }
    }

    /** Positions spread over 0..1 in every column, so columns of different heights compare. */
    private static void place(List<Integer> layer, double[] position) {
        double size = layer.size();
        for (int rank = 0; rank < layer.size(); rank++) {
            position[layer.get(rank)] = (rank + 0.5) / size;
        }
    }

    private static int[][] neighbours(int n, int[] from, int[] to) {
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            degree[from[e]]++;
            degree[to[e]]++;
        }
        int[][] result = new int[n][];
        for (int i = 0; i < n; i++) {
            result[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (int e = 0; e < from.length; e++) {
            result[from[e]][filled[from[e]]++] = to[e];
            result[to[e]][filled[to[e]]++] = from[e];
        }
        return result;
    }
}
