/* rd_bfs: Rodinia 3.1 BFS (OpenMP version) on pfor.
 *
 * Origin: github.com/HPC-FAIR/rodinia_3.1, openmp/bfs/bfs.cpp, BFSGraph's
 *   traversal loop, commit 366b283456506ef2fe2c2b7dc5e83e941ffc5524.
 * Licence: Rodinia licence (BSD-style), University of Virginia.
 *   Copyright (c)2008-2011 University of Virginia. All rights reserved.
 *   The licence text is in LICENSES.
 * Port: the two loops as there, omp -> pfor; the offload branches removed;
 *   collect() sections added; in the second loop every iteration may set
 *   the shared flag `stop = true` (a benign race in OpenMP, a lost write
 *   with processes), so the port adds reduction(||: stop). The graph (no
 *   input file), sizes and output are ours (C, not C++).
 * Shapes: scattered writes h_cost[id], h_updating_graph_mask[id] at
 *   neighbour indices (several iterations may write the same element, with
 *   the same value); a shared bool set by many iterations; a do-while loop
 *   around two parallel loops.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "port.h"

// Structure to hold a node information
struct Node {
    int starting;
    int no_of_edges;
};

int main(void)
{
    int no_of_nodes = 3000;
    int source = 0;

    struct Node *h_graph_nodes = malloc(sizeof(struct Node) * no_of_nodes);
    bool *h_graph_mask = malloc(sizeof(bool) * no_of_nodes);
    bool *h_updating_graph_mask = malloc(sizeof(bool) * no_of_nodes);
    bool *h_graph_visited = malloc(sizeof(bool) * no_of_nodes);

    int edge_list_size = 0;
    for (int i = 0; i < no_of_nodes; i++) {
        h_graph_nodes[i].starting = edge_list_size;
        h_graph_nodes[i].no_of_edges = 1 + (i * 7) % 4;
        edge_list_size += h_graph_nodes[i].no_of_edges;
        h_graph_mask[i] = false;
        h_updating_graph_mask[i] = false;
        h_graph_visited[i] = false;
    }
    int *h_graph_edges = malloc(sizeof(int) * edge_list_size);
    for (int i = 0; i < no_of_nodes; i++)
        for (int e = 0; e < h_graph_nodes[i].no_of_edges; e++)
            h_graph_edges[h_graph_nodes[i].starting + e] =
                (int)(((long)i * 37 + (long)e * 911 + 1) % no_of_nodes);

    h_graph_mask[source] = true;
    h_graph_visited[source] = true;

    int *h_cost = malloc(sizeof(int) * no_of_nodes);
    for (int i = 0; i < no_of_nodes; i++)
        h_cost[i] = -1;
    h_cost[source] = 0;

    int k = 0;
    bool stop;
    do {
        // if no thread changes this value then the loop stops
        stop = false;

#pragma pfor parallel for collect(h_graph_mask[0:no_of_nodes], h_cost[0:no_of_nodes], h_updating_graph_mask[0:no_of_nodes])
        for (int tid = 0; tid < no_of_nodes; tid++) {
            if (h_graph_mask[tid] == true) {
                h_graph_mask[tid] = false;
                for (int i = h_graph_nodes[tid].starting;
                     i < (h_graph_nodes[tid].no_of_edges +
                          h_graph_nodes[tid].starting);
                     i++) {
                    int id = h_graph_edges[i];
                    if (!h_graph_visited[id]) {
                        h_cost[id] = h_cost[tid] + 1;
                        h_updating_graph_mask[id] = true;
                    }
                }
            }
        }

#pragma pfor parallel for reduction(||: stop) collect(h_graph_mask[0:no_of_nodes], h_graph_visited[0:no_of_nodes], h_updating_graph_mask[0:no_of_nodes])
        for (int tid = 0; tid < no_of_nodes; tid++) {
            if (h_updating_graph_mask[tid] == true) {
                h_graph_mask[tid] = true;
                h_graph_visited[tid] = true;
                stop = true;
                h_updating_graph_mask[tid] = false;
            }
        }
        k++;
    } while (stop);

    printf("levels %d\n", k);
    port_ints("h_cost", h_cost, (size_t)no_of_nodes, 0);

    free(h_graph_nodes);
    free(h_graph_edges);
    free(h_graph_mask);
    free(h_updating_graph_mask);
    free(h_graph_visited);
    free(h_cost);
    return 0;
}
