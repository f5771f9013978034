// The model as ONNX: probabilities = Softmax(Gemm(pixels, weight, bias, transB = 1)), opset 13, the
// weights as float initializers (raw little-endian bytes, as in safetensors). Encoded with
// @bufbuild/protobuf's wire writer; the field numbers are those of onnx.proto
// (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto), named below.
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { CLASSES, PIXELS } from './digits.js';
import type { Model } from './train.js';

const FLOAT = 1; // TensorProto.DataType.FLOAT, TypeProto.Tensor.elem_type
const ATTRIBUTE_INT = 2; // AttributeProto.AttributeType.INT
const IR_VERSION = 8;
const OPSET = 13;

type Field = [no: number, value: string | number | Uint8Array];

/** One message: strings and sub-messages length-delimited, numbers as varints. */
function message(fields: readonly Field[]): Uint8Array {
  const w = new BinaryWriter();
  for (const [no, value] of fields) {
    if (typeof value === 'number') w.tag(no, WireType.Varint).int64(value);
    else if (typeof value === 'string') w.tag(no, WireType.LengthDelimited).string(value);
    else w.tag(no, WireType.LengthDelimited).bytes(value);
  }
  return w.finish();
}

const le = (a: Float32Array): Uint8Array => new Uint8Array(Buffer.from(a.buffer, a.byteOffset, a.byteLength));

/** TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9. */
const tensor = (name: string, dims: number[], data: Float32Array): Uint8Array => message([...dims.map((d): Field => [1, d]), [2, FLOAT], [8, name], [9, le(data)]]);

/** ValueInfoProto (name = 1, type = 2) of a float tensor: TypeProto.tensor_type = 1 { elem_type = 1,
 * shape = 2 { dim = 1 { dim_value = 1 | dim_param = 2 } } }. */
function floatValue(name: string, dims: Array<number | string>): Uint8Array {
  const shape = message(dims.map((d): Field => [1, message([[typeof d === 'number' ? 1 : 2, d]])]));
  return message([[1, name], [2, message([[1, message([[1, FLOAT], [2, shape]])]])]]);
}

export function onnxModel(model: Model): Uint8Array {
  // NodeProto: input = 1, output = 2, name = 3, op_type = 4, attribute = 5 (AttributeProto: name = 1, i = 3, type = 20).
  const gemm = message([[1, 'pixels'], [1, 'weight'], [1, 'bias'], [2, 'logits'], [3, 'gemm'], [4, 'Gemm'], [5, message([[1, 'transB'], [3, 1], [20, ATTRIBUTE_INT]])]]);
  const softmax = message([[1, 'logits'], [2, 'probabilities'], [3, 'softmax'], [4, 'Softmax'], [5, message([[1, 'axis'], [3, 1], [20, ATTRIBUTE_INT]])]]);
  // GraphProto: node = 1, name = 2, initializer = 5, input = 11, output = 12.
  const graph = message([
    [1, gemm], [1, softmax], [2, 'mnist-digits'],
    [5, tensor('weight', [CLASSES, PIXELS], model.weight)], [5, tensor('bias', [CLASSES], model.bias)],
    [11, floatValue('pixels', ['batch', PIXELS])], [12, floatValue('probabilities', ['batch', CLASSES])],
  ]);
  // ModelProto: ir_version = 1, producer_name = 2, graph = 7, opset_import = 8 (OperatorSetIdProto: domain = 1, version = 2).
  return message([[1, IR_VERSION], [2, 'modelgate-example-mnist'], [7, graph], [8, message([[1, ''], [2, OPSET]])]]);
}
