/** Synthetic motion capture: parametric joint trajectories of labelled actions, written as BVH. */
package io.ofa4j.task.synthetic.motion;
