"""PyTorch peer of `ofa4j bench-train`: the same Qwen2 shape, AdamW, random tokens.

A minimal Qwen2 decoder in plain PyTorch (RMSNorm pre-norm, rotate-half RoPE, GQA with q/k/v
bias, SwiGLU, untied head), so that only python3-torch is needed. Prints one JSON line.
Usage: torch_train_bench.py layers hidden heads kv_heads intermediate vocab seq batch steps warmup threads
"""
import json
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


class RMSNorm(nn.Module):
    def __init__(self, h, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(h))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Layer(nn.Module):
    def __init__(self, h, heads, kv, inter):
        super().__init__()
        d = h // heads
        self.heads, self.kv, self.d = heads, kv, d
        self.q_proj = nn.Linear(h, heads * d)
        self.k_proj = nn.Linear(h, kv * d)
        self.v_proj = nn.Linear(h, kv * d)
        self.o_proj = nn.Linear(heads * d, h, bias=False)
        self.gate_proj = nn.Linear(h, inter, bias=False)
        self.up_proj = nn.Linear(h, inter, bias=False)
        self.down_proj = nn.Linear(inter, h, bias=False)
        self.input_layernorm = RMSNorm(h)
        self.post_attention_layernorm = RMSNorm(h)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        n = self.input_layernorm(x)
        q = self.q_proj(n).view(b, t, self.heads, self.d).transpose(1, 2)
        k = self.k_proj(n).view(b, t, self.kv, self.d).transpose(1, 2)
        v = self.v_proj(n).view(b, t, self.kv, self.d).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        g = self.heads // self.kv
        k = k.repeat_interleave(g, dim=1)
        v = v.repeat_interleave(g, dim=1)
        s = q @ k.transpose(-1, -2) / math.sqrt(self.d) + mask
        o = (s.softmax(-1) @ v).transpose(1, 2).reshape(b, t, -1)
        x = x + self.o_proj(o)
        n = self.post_attention_layernorm(x)
        return x + self.down_proj(F.silu(self.gate_proj(n)) * self.up_proj(n))


class Model(nn.Module):
    def __init__(self, layers, h, heads, kv, inter, vocab):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, h)
        self.layers = nn.ModuleList([Layer(h, heads, kv, inter) for _ in range(layers)])
        self.norm = RMSNorm(h)
        self.lm_head = nn.Linear(h, vocab, bias=False)
        self.d = h // heads

    def forward(self, ids):
        b, t = ids.shape
        inv = 1.0 / (1e6 ** (torch.arange(0, self.d, 2).float() / self.d))
        ang = torch.arange(t).float()[:, None] * inv[None, :]
        emb = torch.cat((ang, ang), -1)
        cos, sin = emb.cos(), emb.sin()
        mask = torch.full((t, t), float("-inf")).triu(1)
        x = self.embed_tokens(ids)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        return self.lm_head(self.norm(x))


def main():
    layers, h, heads, kv, inter, vocab, seq, batch, steps, warmup, threads = map(int, sys.argv[1:12])
    if threads > 0:
        torch.set_num_threads(threads)
    # As the loss on the fixed batches falls, softmax tails turn denormal and x86 float math on
    # denormals is ~100x slower; oneDNN (ofa4j's backend) flushes them, so do the same here.
    torch.set_flush_denormal(True)
    torch.manual_seed(0)
    model = Model(layers, h, heads, kv, inter, vocab)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
    data = [torch.randint(0, vocab, (batch, seq + 1)) for _ in range(4)]

    def step(i):
        ids = data[i % 4]
        logits = model(ids[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, vocab), ids[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return loss.item()

    for i in range(warmup):
        step(i)
    rss20 = float("nan")
    first = last = float("nan")
    start = time.perf_counter()
    cpu_start = time.process_time()
    for i in range(1, steps + 1):
        last = step(i)
        if i == 1:
            first = last
        if i == 20:
            rss20 = rss_mb()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({
        "implementation": "PyTorch " + torch.__version__.split("+")[0] + " eager + AdamW (fp32)",
        "tokens_per_second": steps * batch * seq / seconds,
        "seconds_per_step": seconds / steps,
        "cpu_seconds_per_step": cpu_seconds / steps,
        "rss_at_step20_mb": rss20,
        "rss_at_last_step_mb": rss_mb(),
        "last_step": steps,
        "first_loss": first,
        "last_loss": last,
        "threads": torch.get_num_threads(),
    }))


if __name__ == "__main__":
    main()
