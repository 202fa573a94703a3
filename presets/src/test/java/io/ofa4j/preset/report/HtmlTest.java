package io.ofa4j.preset.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.escape("<a href=\"x\">Tom's & co</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
  }

  @Test
  void fileSafeNamesKeepWordCharactersOnly() {
    assertThat(Html.fileSafe("bleu/4 score")).isEqualTo("bleu_4_score");
    assertThat(Html.fileSafe("../x")).isEqualTo("_.._x");
  }
}
