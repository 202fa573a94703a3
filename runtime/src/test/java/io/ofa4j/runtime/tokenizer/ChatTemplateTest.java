package io.ofa4j.runtime.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.testing.GoldenFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ChatML rendering, checked against what the Jinja template of Qwen2-Instruct produces. */
class ChatTemplateTest {
  private static final String QWEN2_JINJA =
      "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
          + "{{ '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}{% endif %}"
          + "{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
          + "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

  @Test
  void rendersUserTurnWithDefaultSystemAndGenerationPrompt() {
    ChatTemplate t = ChatTemplate.fromJinja(QWEN2_JINJA, "test");
    assertThat(t.isChatMl()).isTrue();
    assertThat(t.render(List.of(ChatMessage.user("你好"), ChatMessage.assistant("Hi!"),
        ChatMessage.user("How are you?")), true))
        .isEqualTo("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
            + "<|im_start|>user\n你好<|im_end|>\n"
            + "<|im_start|>assistant\nHi!<|im_end|>\n"
            + "<|im_start|>user\nHow are you?<|im_end|>\n"
            + "<|im_start|>assistant\n");
  }

  @Test
  void explicitSystemTurnReplacesDefault() {
    ChatTemplate t = ChatTemplate.chatMl(ChatTemplate.QWEN2_DEFAULT_SYSTEM);
    assertThat(t.render(List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hi")), false))
        .isEqualTo("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n");
    assertThat(t.render(List.of(), true)).isEqualTo("<|im_start|>assistant\n");
  }

  @Test
  void recognisesLayoutVariantsAndOtherDefaultSystemPrompts() {
    String variant = QWEN2_JINJA.replace("\n", "\\n").replace("%}{%", "%}\n  {%")
        .replace("You are a helpful assistant.", "You are Qwen.");
    ChatTemplate t = ChatTemplate.fromJinja(variant, "test");
    assertThat(t.isChatMl()).isTrue();
    assertThat(t.defaultSystemPrompt()).isEqualTo("You are Qwen.");
  }

  @Test
  void refusesOtherTemplatesNamingTheSource() {
    ChatTemplate llama = ChatTemplate.fromJinja(
        "{% for m in messages %}[INST] {{ m['content'] }} [/INST]{% endfor %}", "x.json field t");
    assertThat(llama.isChatMl()).isFalse();
    assertThatThrownBy(() -> llama.render(List.of(ChatMessage.user("a")), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x.json field t is not the Qwen2 ChatML template");
    assertThatThrownBy(() -> ChatTemplate.fromJinja(null, "y").render(List.of(), true))
        .hasMessageContaining("y is absent");
  }

  @Test
  void goldenTokenizerConfigHoldsTheChatMlTemplate() {
    TokenizerConfig config = TokenizerConfig.read(GoldenFixtures.qwen2Tiny());
    assertThat(config.chatTemplate().isChatMl()).isTrue();
    assertThat(config.chatTemplate().defaultSystemPrompt())
        .isEqualTo(ChatTemplate.QWEN2_DEFAULT_SYSTEM);
    assertThat(config.eosToken()).isEqualTo("<|im_end|>");
    assertThat(config.padToken()).isEqualTo("<|endoftext|>");
    assertThat(config.bosToken()).isNull();
  }
}
