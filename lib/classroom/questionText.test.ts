// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { questionText } from './questionText';

// A check and a prediction as the deck renders them (components/check): a kicker, the prompt, the options.
function deck() {
  const root = document.createElement('div');
  root.innerHTML = `
    <section data-slide="4"><section data-check="one-step">
      <p>检验一下</p>
      <p>按一次“一步”，哪个计数器
         正好加 1？</p>
      <div><button aria-pressed="false">样本计数器</button></div>
      <div><button aria-pressed="false">步数计数器</button><p>对了</p></div>
      <div><button aria-pressed="false">停在 <span class="katex"><span class="katex-mathml"><math><semantics><msub><mi>a</mi><mn>2</mn></msub><annotation encoding="application/x-tex">a_2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">a2​</span></span> 被拉远时的那个数</button></div>
    </section></section>
    <section data-predict="floor"><p>Predict first</p><p>What will the loss do?</p>
      <div><button aria-pressed="false" data-option="x">Fall</button></div>
      <div><button aria-pressed="true" data-option="y">Rise</button></div>
    </section>
    <section data-check="typed"><p>Check</p><p>How many epochs?</p><form><input></form></section>`;
  return root;
}

describe('questionText', () => {
  it('reads a check’s prompt and its options by letter, as students’ answers name them', () => {
    expect(questionText('check:one-step', deck())).toEqual({
      prompt: '按一次“一步”，哪个计数器 正好加 1？',
      options: [['a', '样本计数器'], ['b', '步数计数器'], ['c', '停在 a_2 被拉远时的那个数']],
    });
  });

  it('keys a prediction’s options by their id, and a number question has none', () => {
    expect(questionText('predict:floor', deck())).toEqual({ prompt: 'What will the loss do?', options: [['x', 'Fall'], ['y', 'Rise']] });
    expect(questionText('check:typed', deck())).toEqual({ prompt: 'How many epochs?', options: [] });
  });

  it('knows nothing of a question not in the deck, or a malformed id', () => {
    expect(questionText('check:elsewhere', deck())).toBeNull();
    expect(questionText('check:"]', deck())).toBeNull();
  });
});
