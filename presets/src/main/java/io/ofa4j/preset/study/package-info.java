/**
 * The generalist-vs-specialists study ({@code ofa4j study}): one model trained on all of a
 * preset's tasks against one single-task model per task, with the generalist's score as a
 * percentage of each specialist's, as OFASys compares OFA+ with its task-finetuned models. {@link
 * io.ofa4j.preset.study.Study} drives the runs through {@link io.ofa4j.preset.run.TrainRun}, {@link
 * io.ofa4j.preset.study.StepSplit} decides the specialists' steps, {@link
 * io.ofa4j.preset.study.RelativeScore} defines the percentage for either metric direction, and
 * {@link io.ofa4j.preset.study.StudyFiles} writes {@code study.json} and {@code study.md}.
 */
package io.ofa4j.preset.study;
