/** Synthetic moving-shape videos, written as real MP4 files through ffmpeg. */
package io.ofa4j.task.synthetic.video;
