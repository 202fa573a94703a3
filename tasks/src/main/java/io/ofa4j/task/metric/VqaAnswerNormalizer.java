package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The answer normalisation of the official VQA evaluation ({@code
 * GT-Vision-Lab/VQA/PythonEvaluationTools/vqaEvaluation/vqaEval.py}), with its quirks kept:
 *
 * <ul>
 *   <li>{@link #processPunctuation}: each of {@code ; : / ' [ ] " ( ) = + \ _ > < @ ` , ?} is
 *       deleted when it touches a space or the text has a digit-comma-digit, else replaced by a
 *       space; then a period not followed by a digit is deleted;
 *   <li>{@link #processDigitArticle}: lower-case, split, number words zero..ten and "none" become
 *       digits, the articles a/an/the are dropped, and the contractions table (mostly curly
 *       apostrophes, as published) restores apostrophes.
 * </ul>
 *
 * Predicted answers get both steps; human answers get only the punctuation step, and only when the
 * ten answers are not all identical.
 */
public final class VqaAnswerNormalizer {

  private static final List<String> PUNCT =
      List.of(";", ":", "/", "'", "[", "]", "\"", "(", ")", "=", "+", "\\", "_", ">", "<", "@",
          "`", ",", "?");
  private static final Pattern COMMA_STRIP = Pattern.compile("(\\d)(,)(\\d)");
  // vqaEval.py writes (?!<=\d)(\.)(?!\d); its first group is a no-op lookahead, so this is it.
  private static final Pattern PERIOD_STRIP = Pattern.compile("\\.(?!\\d)");
  private static final Map<String, String> NUMBERS =
      Map.ofEntries(Map.entry("none", "0"), Map.entry("zero", "0"), Map.entry("one", "1"),
          Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
          Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
          Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"));
  private static final List<String> ARTICLES = List.of("a", "an", "the");
  private static final Map<String, String> CONTRACTIONS = contractions();

  private VqaAnswerNormalizer() {}

  /** Full normalisation applied to a predicted answer (after newline/tab removal and strip). */
  public static String normalizePrediction(String answer) {
    String s = answer.replace('\n', ' ').replace('\t', ' ').strip();
    return processDigitArticle(processPunctuation(s));
  }

  /** The punctuation step of the official evaluation. */
  public static String processPunctuation(String in) {
    String out = in;
    boolean digitComma = COMMA_STRIP.matcher(in).find();
    for (String p : PUNCT) {
      if (in.contains(p + " ") || in.contains(" " + p) || digitComma) {
        out = out.replace(p, "");
      } else {
        out = out.replace(p, " ");
      }
    }
    return PERIOD_STRIP.matcher(out).replaceAll("");
  }

  /** The number-word, article and contraction step of the official evaluation. */
  public static String processDigitArticle(String in) {
    List<String> words = new ArrayList<>();
    for (String w : Ngrams.split(in.toLowerCase(Locale.ROOT))) {
      String word = NUMBERS.getOrDefault(w, w);
      if (!ARTICLES.contains(word)) {
        words.add(CONTRACTIONS.getOrDefault(word, word));
      }
    }
    return String.join(" ", words);
  }

  private static Map<String, String> contractions() {
    // The published table as key=value pairs; ’ is U+2019 exactly where vqaEval.py has it.
    String table =
        "aint=ain't arent=aren't cant=can't couldve=could've couldnt=couldn't"
            + " couldn'tve=couldn’t’ve couldnt’ve=couldn’t’ve didnt=didn’t doesnt=doesn’t dont=don’t"
            + " hadnt=hadn’t hadnt’ve=hadn’t’ve hadn'tve=hadn’t’ve hasnt=hasn’t havent=haven’t"
            + " hed=he’d hed’ve=he’d’ve he’dve=he’d’ve hes=he’s howd=how’d howll=how’ll hows=how’s"
            + " Id’ve=I’d’ve I’dve=I’d’ve Im=I’m Ive=I’ve isnt=isn’t itd=it’d itd’ve=it’d’ve"
            + " it’dve=it’d’ve itll=it’ll let’s=let’s maam=ma’am mightnt=mightn’t"
            + " mightnt’ve=mightn’t’ve mightn’tve=mightn’t’ve mightve=might’ve mustnt=mustn’t"
            + " mustve=must’ve neednt=needn’t notve=not’ve oclock=o’clock oughtnt=oughtn’t"
            + " ow’s’at=’ow’s’at ’ows’at=’ow’s’at ’ow’sat=’ow’s’at shant=shan’t shed’ve=she’d’ve"
            + " she’dve=she’d’ve she’s=she’s shouldve=should’ve shouldnt=shouldn’t"
            + " shouldnt’ve=shouldn’t’ve shouldn’tve=shouldn’t’ve somebody’d=somebodyd"
            + " somebodyd’ve=somebody’d’ve somebody’dve=somebody’d’ve somebodyll=somebody’ll"
            + " somebodys=somebody’s someoned=someone’d someoned’ve=someone’d’ve"
            + " someone’dve=someone’d’ve someonell=someone’ll someones=someone’s"
            + " somethingd=something’d somethingd’ve=something’d’ve something’dve=something’d’ve"
            + " somethingll=something’ll thats=that’s thered=there’d thered’ve=there’d’ve"
            + " there’dve=there’d’ve therere=there’re theres=there’s theyd=they’d"
            + " theyd’ve=they’d’ve they’dve=they’d’ve theyll=they’ll theyre=they’re theyve=they’ve"
            + " twas=’twas wasnt=wasn’t wed’ve=we’d’ve we’dve=we’d’ve weve=we've werent=weren’t"
            + " whatll=what’ll whatre=what’re whats=what’s whatve=what’ve whens=when’s"
            + " whered=where’d wheres=where's whereve=where’ve whod=who’d whod’ve=who’d’ve"
            + " who’dve=who’d’ve wholl=who’ll whos=who’s whove=who've whyll=why’ll whyre=why’re"
            + " whys=why’s wont=won’t wouldve=would’ve wouldnt=wouldn’t wouldnt’ve=wouldn’t’ve"
            + " wouldn’tve=wouldn’t’ve yall=y’all yall’ll=y’all’ll y’allll=y’all’ll"
            + " yall’d’ve=y’all’d’ve y’alld’ve=y’all’d’ve y’all’dve=y’all’d’ve youd=you’d"
            + " youd’ve=you’d’ve you’dve=you’d’ve youll=you’ll youre=you’re youve=you’ve";
    Map<String, String> map = new HashMap<>();
    for (String pair : table.split(" ")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return Map.copyOf(map);
  }
}
