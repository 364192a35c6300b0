/** One glossary entry: its name and a one-line definition in both languages. */
export interface GlossaryTerm {
  id: string;
  zh: { name: string; definition: string };
  en: { name: string; definition: string };
}

const term = (id: string, zhName: string, zhDef: string, enName: string, enDef: string): GlossaryTerm => ({
  id,
  zh: { name: zhName, definition: zhDef },
  en: { name: enName, definition: enDef },
});

/** Every term a chapter may mark with <Term id="…">, in the order a reader meets them. */
export const glossary: readonly GlossaryTerm[] = [
  term('neuron', '神经元', '网络里最小的计算单元：接收几个数，算出一个数，传给下一层。', 'neuron', 'The smallest unit of a network: takes in several numbers, works out one number, passes it on.'),
  term('function', '函数', '一条固定的规则：同样的输入，总是得到同样的输出。', 'function', 'A fixed rule that always turns the same inputs into the same output.'),
  term('signal', '信号', '在神经元之间传递的数。', 'signal', 'A number passed from one neuron to another.'),
  term('input', '输入', '神经元或网络收到的数。', 'input', 'A number a neuron or a network receives.'),
  term('output', '输出', '神经元或网络交出去的数。', 'output', 'The number a neuron or a network hands on.'),
  term('weight', '权重', '乘在某个输入上的数：这个输入有多重要、朝哪个方向起作用。', 'weight', 'The number an input is multiplied by: how much that input matters, and in which direction.'),
  term('bias', '偏置', '加权求和之后再加上的数，相当于神经元自带的基准线。', 'bias', 'A number added after the weighted sum: the neuron’s own baseline.'),
  term('weighted-sum', '加权求和', '每个输入乘以自己的权重，全部相加，再加上偏置：z = Σ wᵢaᵢ + b。', 'weighted sum', 'Each input times its weight, all added up, plus the bias: z = Σ wᵢaᵢ + b.'),
  term('activation-function', '激活函数', '把加权和变成输出信号的函数，让网络能表示弯曲的关系。', 'activation function', 'The function that turns the weighted sum into the output signal, letting a network bend.'),
  term('sigmoid', 'sigmoid 函数', '把任意数压到 0 和 1 之间的 S 形曲线：σ(z) = 1/(1+e⁻ᶻ)。', 'sigmoid', 'An S-shaped curve that squeezes any number into 0 to 1: σ(z) = 1/(1+e⁻ᶻ).'),
  term('tanh', 'tanh 函数', '把任意数压到 −1 和 1 之间的 S 形曲线。', 'tanh', 'An S-shaped curve that squeezes any number into −1 to 1.'),
  term('relu', 'ReLU', '负数变成 0，正数原样通过：max(0, z)。', 'ReLU', 'Negative numbers become 0, positive ones pass unchanged: max(0, z).'),
  term('leaky-relu', 'Leaky ReLU', '像 ReLU，但负数不完全归零，而是乘上一个小斜率 α。', 'leaky ReLU', 'Like ReLU, but negative numbers are multiplied by a small slope α instead of becoming 0.'),
  term('layer', '层', '一排并列工作的神经元，它们都从上一层接收信号。', 'layer', 'A row of neurons working side by side, all fed by the layer before.'),
  term('input-layer', '输入层', '网络的第一层：把数据原样交给网络，不做计算。', 'input layer', 'The first layer: hands the data to the network without computing anything.'),
  term('hidden-layer', '隐藏层', '输入层和输出层之间的层，外界看不到它们的结果。', 'hidden layer', 'A layer between input and output, whose results nobody outside sees.'),
  term('output-layer', '输出层', '网络的最后一层，给出整个网络的答案。', 'output layer', 'The last layer, which gives the whole network’s answer.'),
  term('neural-network', '神经网络', '一层接一层的神经元组成的大函数，它的参数靠训练得到。', 'neural network', 'Layers of neurons joined into one big function whose parameters are found by training.'),
  term('pixel', '像素', '图片上的一个小格子，它的亮度或颜色可以写成数。', 'pixel', 'One small square of a picture; its brightness or colour can be written as numbers.'),
  term('preprocessing', '数据预处理', '把原始数据（比如图片）整理成网络能吃的数。', 'preprocessing', 'Turning raw data, such as a picture, into numbers a network can take in.'),
  term('forward-pass', '前向传播', '信号从输入层一层层传到输出层，算出网络的答案。', 'forward pass', 'Signals travelling layer by layer from input to output to compute the network’s answer.'),
  term('training', '训练', '反复用例子调整权重和偏置，让网络的答案越来越准。', 'training', 'Adjusting weights and biases over and over, with examples, until the answers get good.'),
  term('dataset', '数据集', '用来训练和检验网络的一批例子，通常分成训练集和测试集。', 'dataset', 'The examples used to train and check a network, usually split into a training and a test set.'),
  term('label', '标签', '一个例子的正确答案，比如“这是柯基”。', 'label', 'The right answer for an example, such as “this is a corgi”.'),
  term('prediction', '预测', '网络对一个例子给出的答案。', 'prediction', 'The answer a network gives for an example.'),
  term('seed', '随机种子', '决定一串“随机”数的起点：种子相同，抽出的数、训练的过程也一模一样。', 'seed', 'The starting point of a run of “random” numbers: the same seed gives the same numbers, and the same training run.'),
  term('validation-set', '验证集', '训练时留出来、不拿来改权重的一小批例子，用来边练边看效果、调设置；测试集则要封到最后。', 'validation set', 'Examples held out of the weight updates and checked during training to steer the settings; the test set stays sealed until the end.'),
  term('batch', '批次', '一次一起送进网络、一起算一次更新的几个例子。', 'batch', 'A few examples sent through together and used for one update.'),
  term('iteration', '迭代（步）', '用一个批次更新一次参数，也叫一步。', 'iteration (step)', 'One update of the parameters from one batch; also called a step.'),
  term('epoch', '轮（epoch）', '把整个训练集完整地过一遍。', 'epoch', 'One full pass over the whole training set.'),
  term('loss-function', '损失函数', '用一个数衡量网络的答案和正确答案差多远；越小越好。', 'loss function', 'One number for how far the answers are from the truth; smaller is better.'),
  term('mse', '均方误差', '误差平方的平均：大错会被放大。', 'mean squared error', 'The average of the squared errors: big mistakes count extra.'),
  term('mae', '平均绝对误差', '误差绝对值的平均：每一点错都按原样计算。', 'mean absolute error', 'The average size of the errors: every bit of error counts the same.'),
  term('softmax', 'softmax', '把一排分数变成一排加起来等于 1 的概率：分数越高，概率越大。', 'softmax', 'Turns a row of scores into probabilities that add up to 1; the higher the score, the bigger its share.'),
  term('cross-entropy', '交叉熵', '衡量给正确答案的概率有多低；自信地答错会被重罚。', 'cross-entropy', 'How little probability the right answer got; confident wrong answers cost the most.'),
  term('derivative', '导数', '输入变动一点点时，输出变动多少：曲线在这一点的斜率。', 'derivative', 'How much the output changes when the input wiggles a little: the slope at that point.'),
  term('gradient', '梯度', '损失对每个参数的导数排成的一列数，指向损失增长最快的方向。', 'gradient', 'The list of the loss’s derivatives for every parameter; it points where the loss grows fastest.'),
  term('chain-rule', '链式法则', '一串函数套在一起时，总导数等于每一环导数的乘积。', 'chain rule', 'For functions inside functions, the overall derivative is the product of each link’s derivative.'),
  term('backpropagation', '反向传播', '用链式法则把“责任”从输出层一层层往回分给每个权重。', 'backpropagation', 'Using the chain rule to pass blame back from the output, layer by layer, to every weight.'),
  term('gradient-descent', '梯度下降', '每一步都沿着梯度的反方向挪动参数，让损失变小。', 'gradient descent', 'Moving the parameters a little against the gradient, step after step, so the loss shrinks.'),
  term('optimizer', '优化器', '决定每一步如何根据梯度更新参数的方法，比如普通的梯度下降（一小批一小批地算，叫随机梯度下降，SGD）、动量、Adam。', 'optimiser', 'The method that turns gradients into parameter updates, such as plain gradient descent on one small batch at a time (stochastic gradient descent, SGD), momentum or Adam.'),
  term('learning-rate', '学习速率', '每一步迈多大：更新量 = 学习速率 × 梯度。', 'learning rate', 'How big each step is: the update is the learning rate times the gradient.'),
  term('convergence', '收敛', '损失稳定下来、不再明显变化，训练停在一个好的位置附近。', 'convergence', 'When the loss settles and training stays near a good spot.'),
  term('momentum', '动量', '让更新带上惯性，像滚下坡的球，能冲过小坑、减少来回摆动。', 'momentum', 'Giving updates inertia, like a ball rolling downhill: steady slopes add up to speed, slopes that flip back and forth cancel out.'),
  term('adam', 'Adam', '把每个参数的一步除以它最近坡度的典型大小，于是每个参数每步都大约挪 η；还自带动量。常常开箱即用。', 'Adam', 'An optimiser that divides each parameter’s step by the typical size of its recent slopes, so every parameter moves about η per step; momentum built in. Often works out of the box.'),
  term('schedule', '学习速率调度', '训练过程中按计划改变学习速率，比如先大后小。', 'learning-rate schedule', 'Changing the learning rate during training by plan, for example large first, then smaller.'),
  term('accuracy', '准确率', '答对的例子占全部例子的比例。', 'accuracy', 'The share of examples the network gets right.'),
  term('confusion-matrix', '混淆矩阵', '一张表：每一行是真正的类别，每一列是网络猜的类别，格子里是次数；对角线上是猜对的。', 'confusion matrix', 'A table with the true class on each row and the guessed class on each column, counting how often; the diagonal is the right answers.'),
  term('overfitting', '过拟合', '在训练例子上很准，在新例子上却不准：记住了答案而没学会规律。', 'overfitting', 'Doing well on the training examples but badly on new ones: memorising instead of learning.'),
];

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/** The entry for `id`, or undefined if there is none. */
export const findTerm = (id: string) => byId.get(id);
