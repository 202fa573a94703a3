// ofa4j quickstart as a JShell script: the same steps as quickstart.ipynb, printed as text.
// Run from examples/ (see README.md for the class path):
//   jshell --class-path "$CP" -R--add-modules=jdk.incubator.vector quickstart.jsh
import io.ofa4j.preset.notebook.AnnotatedImage;
import io.ofa4j.preset.notebook.PlanView;
import io.ofa4j.preset.notebook.TextTable;
import io.ofa4j.preset.report.Box;
import io.ofa4j.task.synthetic.scene.SceneGenerator;
import io.ofa4j.task.synthetic.scene.SceneRenderer;

// 1. Tasks are one-line instructions: print their plans, and a mistake with its caret.
PlanView caption = PlanView.of("caption", "[IMAGE:img] what does the image describe? -> [TEXT:cap]");
System.out.println(caption);
PlanView grounding = PlanView.of("grounding",
    "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
System.out.println(grounding);
PlanView typo = PlanView.of("typo", "[IMGE:img] what does the image describe? -> [TEXT:cap]");
System.out.println(typo);

// 2. Data: a synthetic scene with its gold boxes.
SceneGenerator scenes = new SceneGenerator(7, 96, 96, 3);
var scene = scenes.scene(0);
AnnotatedImage shown = AnnotatedImage.of(SceneRenderer.render(scene));
for (var o : scene.objects()) {
  shown = shown.gold(new Box(o.x0(), o.y0(), o.x1(), o.y1()), o.phrase());
}
System.out.println(shown);

System.out.println("quickstart done");
/exit
