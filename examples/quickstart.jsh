// ofa4j quickstart as a JShell script: the steps of quickstart.ipynb, printed as text.
// Run from examples/ with the ofa4j class path (see README.md):
//   jshell --class-path "$CP" -R--add-modules=jdk.incubator.vector -R-Xss8m quickstart.jsh
// JShell reads a script line by line, so a chained call continues with a dot at the END of a line.
import io.ofa4j.preset.api.Ofa4j;
import io.ofa4j.preset.api.Session;
import io.ofa4j.preset.notebook.AnnotatedImage;
import io.ofa4j.preset.notebook.PlanView;
import io.ofa4j.preset.notebook.QuietOutput;
import io.ofa4j.preset.notebook.Results;
import io.ofa4j.preset.notebook.TextTable;
import io.ofa4j.preset.report.Box;
import io.ofa4j.preset.run.InferResult;
import io.ofa4j.preset.run.TrainResult;
import io.ofa4j.task.synthetic.scene.Scene;
import io.ofa4j.task.synthetic.scene.SceneGenerator;
import io.ofa4j.task.synthetic.scene.SceneObject;
import io.ofa4j.task.synthetic.scene.SceneRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

// 1. Tasks are one-line instructions: their plans, and a mistake shown with its caret.
String captionTask = "[IMAGE:img] what does the image describe? -> [TEXT:cap]";
String groundingTask =
    "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:patch_boxes]";
String sentimentTask =
    "is the sentiment of text \" [TEXT:sentence] \" positive or negative? -> [TEXT:label,closed_set]";
System.out.println(PlanView.of("caption", captionTask));
System.out.println(PlanView.of("grounding", groundingTask));
System.out.println(PlanView.of("typo", "[IMGE:img] what does the image describe? -> [TEXT:cap]"));

// 2. Data: a synthetic scene with its gold boxes, and a few rows of our own.
SceneGenerator scenes = new SceneGenerator(1, 112, 112, 3);
Scene scene = scenes.scene(3);
AnnotatedImage preview = AnnotatedImage.of(SceneRenderer.render(scene));
for (SceneObject o : scene.objects()) {
  preview = preview.gold(new Box(o.x0(), o.y0(), o.x1(), o.y1()), o.phrase());
}
System.out.println(preview);
List<Map<String, String>> myRows = List.of(
    Map.of("sentence", "the concert was superb ."),
    Map.of("sentence", "the phone was not awful ."),
    Map.of("sentence", "the book was boring ."));

// 3. Train a tiny model on the three tasks' synthetic data (a smoke run may pass smaller sizes:
//    -R-Dquickstart.steps=2 -R-Dquickstart.examples=10).
int steps = Integer.getInteger("quickstart.steps", 300);
int examples = Integer.getInteger("quickstart.examples", 200);
Session session = Ofa4j.session().
    task("caption", captionTask).synthetic("scene_caption", examples).microBatch(2).
    task("grounding", groundingTask).synthetic("scene_grounding", examples).microBatch(2).
    task("sentiment", sentimentTask).synthetic("text_sentiment", examples).microBatch(4).
    set("model.hidden_size", "64").set("model.intermediate_size", "128").
    set("model.num_hidden_layers", "2").set("model.num_attention_heads", "4").
    set("model.num_key_value_heads", "2").set("model.vision_depth", "1").
    set("model.vision_embed_dim", "32").set("trainer.warmup_steps", "10").
    progress(System.out, 50);
TrainResult run = QuietOutput.call(() -> session.train(steps));
System.out.println(String.format("trained %d steps in %.0f s; checkpoint %s", run.steps(),
    run.trainSeconds(), run.checkpoint()));

// 4. Evaluate against each task's trivial baseline.
System.out.println(Results.evaluation(session.evaluate()));

// 5. Ask about a fresh scene (box drawn into a PNG) and about our rows.
Scene fresh = new SceneGenerator(2026, 112, 112, 3).scene(0);
Path image = Files.createTempFile("ofa4j-fresh-", ".png");
Files.write(image, SceneRenderer.png(fresh));
SceneObject target = fresh.objects().get(0);
InferResult predictedCaption = session.infer("caption", Map.of("img", image));
InferResult predictedRegion = session.infer("grounding",
    Map.of("img", image, "cap", "the " + target.phrase()));
System.out.println(predictedCaption);
System.out.println(predictedRegion);
AnnotatedImage answer = AnnotatedImage.of(SceneRenderer.render(fresh)).
    gold(new Box(target.x0(), target.y0(), target.x1(), target.y1()), target.phrase()).
    predicted(Results.box(predictedRegion), "predicted").
    caption("predicted caption: " + predictedCaption.value());
Path drawn = Files.write(run.runDir().resolve("fresh-answer.png"), answer.png());
System.out.println(answer + "\ndrawn: " + drawn);
List<InferResult> labels = myRows.stream().map(r -> session.infer("sentiment", r)).toList();
System.out.println(Results.predictions(myRows, labels));

System.out.println("quickstart done");
/exit
