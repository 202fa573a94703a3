/**
 * BOX modality: bounding boxes in original-image pixels, their OFA/OFASys quantisation to 1000
 * location tokens and back, and Qwen-VL's textual box form.
 */
package io.ofa4j.modality.box;
