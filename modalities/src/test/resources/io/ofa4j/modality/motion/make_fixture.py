# Writes the MOTION test fixture: a small BVH, its frames as .npy (float32 and float64), and the
# OFASys motion_6d features computed with scipy (the library OFASys itself uses) as a reference.
# Run: python3 make_fixture.py   (numpy + scipy)
import numpy as np
from scipy.spatial.transform import Rotation as R

rng = np.random.default_rng(20261123)
T, order = 6, "ZXY"
joints = ["Hips", "Spine", "Head", "LeftLeg"]
pos = np.cumsum(rng.normal(0, 0.05, (T, 3)), axis=0) + [0.0, 0.9, 0.0]
ang = rng.uniform(-170, 170, (T, len(joints), 3))
frames = np.concatenate([pos, ang.reshape(T, -1)], axis=1)

hier = """HIERARCHY
ROOT Hips
{
  OFFSET 0.0 0.0 0.0
  CHANNELS 6 Xposition Yposition Zposition Zrotation Xrotation Yrotation
  JOINT Spine
  {
    OFFSET 0.0 0.2 0.0
    CHANNELS 3 Zrotation Xrotation Yrotation
    JOINT Head
    {
      OFFSET 0.0 0.3 0.0
      CHANNELS 3 Zrotation Xrotation Yrotation
      End Site
      {
        OFFSET 0.0 0.1 0.0
      }
    }
  }
  JOINT LeftLeg
  {
    OFFSET 0.1 -0.4 0.0
    CHANNELS 3 Zrotation Xrotation Yrotation
    End Site
    {
      OFFSET 0.0 -0.4 0.0
    }
  }
}
MOTION
Frames: %d
Frame Time: 0.033333
""" % T
with open("small.bvh", "w") as f:
    f.write(hier)
    for row in frames:
        f.write(" ".join(repr(float(v)) for v in row) + "\n")
np.save("small_frames_f64.npy", frames.astype(np.float64))
np.save("small_frames_f32.npy", frames.astype(np.float32))

# OFASys _convert_bvh_to_rot6d, without anchor/offset options
J = len(joints)
rot = R.from_euler(order, frames[:, 3:].reshape(T * J, 3), degrees=True).as_matrix().reshape(T, J, 3, 3)
trans = frames[:, :3].copy()
vel = np.concatenate([np.zeros((1, 3)), trans[1:] - trans[:-1]], axis=0) * 100.0
inv = -R.from_matrix(rot[:, 0]).as_euler("xzy")[:, -1]
vel = np.matmul(R.from_euler("y", inv[:, None]).as_matrix(), vel[:, :, None]).squeeze(-1)
rot6d = np.concatenate([rot[..., 0], rot[..., 1]], axis=-1).reshape(T, J * 6)
np.save("small_motion6d_f64.npy", np.concatenate([trans, vel, rot6d], axis=-1))
