import type { DictionaryOf } from '../plural';
import type { enTools } from './en-tools';

export const viTools: DictionaryOf<typeof enTools> = {
  'tools.index.title': 'Công cụ',
  'tools.index.description':
    'Các máy tính giúp định giá quyết định về CTO bằng đồng tiền của bạn: CTO toàn thời gian hay CTO như một dịch vụ, cái giá của một lần tuyển sai, và thỏa thuận nhìn từ phía CTO.',
  'tools.index.intro':
    'Mỗi máy tính bắt đầu từ các giá trị ví dụ – những con số tròn để bạn thay bằng số của mình, không phải dữ liệu thị trường. Số liệu bạn nhập chỉ nằm trong trình duyệt và trong địa chỉ trang, nên bạn có thể chia sẻ kết quả bằng một đường liên kết.',
  'tools.method': 'Cách tính',
  'tools.relatedGuides': 'Các hướng dẫn giải thích lập luận',
  'tools.cost-comparison.summary':
    'So sánh chi phí của giám đốc công nghệ (CTO) toàn thời gian và CTO như một dịch vụ, trọn vị trí hoặc bán thời gian, trong một đến mười năm: chỉ tính tiền mặt, hoặc tính cả phần cổ phần mà mỗi cách phải nhường.',
  'tools.cost-comparison.method1':
    'Ghế trống cũng tốn tiền: trong mỗi tháng không có ai dẫn dắt công nghệ, chi phí hằng tháng của việc thiếu người lãnh đạo kỹ thuật được cộng vào – với cách toàn thời gian cho đến khi tuyển được người, với CTO dịch vụ cho đến khi thời hạn hợp tác bắt đầu. Vì vậy, tìm người lâu hơn chỉ làm cách toàn thời gian rẻ hơn khi một tháng thiếu người lãnh đạo tốn ít hơn một tháng lương của CTO.',
  'tools.cost-comparison.method2':
    'Cách toàn thời gian: chi phí tuyển dụng trả vào tháng 1; từ khi tuyển được, lương, thưởng và phúc lợi, chi phí chung (tính theo phần trăm lương) được trả hằng tháng. Cổ phần được hưởng quyền hằng tháng trong thời gian hưởng quyền (vesting), sau mốc cliff một năm tính từ ngày nhận việc.',
  'tools.cost-comparison.method3':
    'CTO dịch vụ có hai hình thức. Trọn vị trí (mô hình mà các nguồn mô tả): một CTO giữ vị trí toàn thời gian trong suốt thời hạn hợp tác, trả phí hằng tháng. Bán thời gian: một CTO làm vài ngày mỗi tuần, mỗi tháng trả số ngày mỗi tuần × 52 ÷ 12 × đơn giá theo ngày; trong tuần năm ngày chỉ những ngày đó có người, nên phần còn lại của chi phí ghế trống vẫn được tính trong thời hạn hợp tác (ba phần năm nếu làm hai ngày).',
  'tools.cost-comparison.method4':
    'Ở cả hai hình thức, phí cố định trong suốt thời hạn hợp tác; thưởng thành công được trả, và phần cổ phần thưởng được hưởng quyền, vào tháng cuối của thời hạn hợp tác. Người phụ trách kỹ thuật nội bộ bắt đầu trước khi hợp tác kết thúc, theo thời gian bàn giao chồng lấn bạn đặt, nên sau đó vị trí không bao giờ bỏ trống; chi phí của người này là lương cộng cùng tỷ lệ phúc lợi và chi phí chung.',
  'tools.cost-comparison.method5':
    'Lương – của CTO toàn thời gian và của người phụ trách nội bộ – tăng theo mức tăng lương vào đầu mỗi năm của khoảng thời gian tính (tháng 13, 25…), bất kể người đó được tuyển lúc nào. Với tỷ lệ chiết khấu lớn hơn 0, số tiền của mỗi tháng được quy về giá trị hôm nay: số tiền ÷ (1 + tỷ lệ)^(tháng ÷ 12); ở mức 0, các khoản được cộng theo giá trị danh nghĩa.',
  'tools.cost-comparison.method6':
    '“Chỉ tiền mặt” tính lương, phí, thưởng, chi phí tuyển dụng và chi phí ghế trống. “Chi phí kinh tế” cộng thêm phần cổ phần mỗi cách phải nhường: phần mới được hưởng quyền của mỗi tháng, định giá theo giá trị công ty bạn nhập và giảm theo mức pha loãng mỗi năm, tính từ đầu mỗi năm. Kết quả nêu cách rẻ hơn theo cả hai góc nhìn, để bạn thấy khi nào cổ phần làm đổi câu trả lời.',
  'tools.cost-comparison.method7':
    'Điểm hòa vốn: tháng đầu tiên mà từ đó cách có tổng chi phí thấp hơn trong cả khoảng thời gian tính luôn rẻ hơn, tính theo chi phí cộng dồn, cho đến hết khoảng thời gian đó. Nếu hai đường không bao giờ cắt nhau thì không có điểm hòa vốn: một cách không tốn hơn cách kia ở bất kỳ tháng nào.',
  'tools.bad-hire-cost.summary':
    'Cộng lại số tiền một CTO không phù hợp gây ra cho đến khi vấn đề được khắc phục, đặt cạnh cái giá của một CEO, CMO hay CFO không phù hợp, để xem bên nào tốn hơn và tốn hơn bao nhiêu lần.',
  'tools.bad-hire-cost.method1':
    'Cả hai trường hợp tuyển sai đều được tính cùng bốn loại thiệt hại, với cùng một định nghĩa: lương trả cho đến khi nhận ra vấn đề; khoản chi trong phần việc người đó phụ trách mà không mang lại gì; lợi nhuận gộp (doanh thu trừ chi phí trực tiếp) mất đi trong thời gian kinh doanh bị chững lại; và chi phí tuyển người thay thế.',
  'tools.bad-hire-cost.method2':
    'Với CTO, khoản chi không mang lại gì là chi phí của đội cho phần việc phải làm lại, trong những tháng đến khi nhận ra vấn đề. Làm lại phần đó mất đúng chừng ấy thời gian như khi xây, nên sản phẩm chậm đúng chừng ấy tháng, mỗi tháng mất khoản lợi nhuận gộp bạn nhập. Ở mức 0%, không có gì bị bỏ phí và sản phẩm không bị chậm.',
  'tools.bad-hire-cost.method3':
    'Với CEO, CMO hay CFO, khoản chi không mang lại gì là số tiền bị lãng phí mỗi tháng trong phần việc họ phụ trách khi còn tại vị; kinh doanh bị chững lại từ lúc họ nhận việc cho đến khi hồi phục sau khi họ rời đi, mỗi tháng mất khoản lợi nhuận gộp từ doanh số hụt mà bạn nhập.',
  'tools.bad-hire-cost.method4':
    'Mỗi khoản thiệt hại chỉ tính một lần: việc làm lại chỉ lấy lại những gì đã bị bỏ phí, nên cái giá của nó là thời gian, quy ra lợi nhuận gộp. Các khoản chi khác của công ty trong thời gian chậm trễ không được tính cho bên nào, vì tuyển đúng người thì công ty vẫn phải chi chúng.',
  'tools.bad-hire-cost.method5':
    'Hệ số là tổng lớn hơn chia cho tổng nhỏ hơn: nó do chính số liệu của bạn quyết định, và một CMO không phù hợp hoàn toàn có thể tốn hơn một CTO không phù hợp.',
  'tools.bad-hire-cost.formula.salary':
    'Lương trả cho CTO không phù hợp trong những tháng đến khi nhận ra vấn đề.',
  'tools.bad-hire-cost.formula.rebuildMonths':
    'Số tháng công việc phải làm lại, cũng là số tháng sản phẩm bị chậm.',
  'tools.bad-hire-cost.formula.thrownAway':
    'Chi phí của đội cho phần việc phải xây lại.',
  'tools.bad-hire-cost.formula.lostProfit':
    'Lợi nhuận gộp mất đi trong lúc sản phẩm bị chậm.',
  'tools.bad-hire-cost.formula.total':
    'Tổng cái giá của việc tuyển sai CTO.',
  'tools.bad-hire-cost.formula.otherSalary':
    'Lương trả cho vị lãnh đạo kia đến khi nhận ra vấn đề.',
  'tools.bad-hire-cost.formula.otherThrownAway':
    'Khoản chi bị lãng phí trong phần việc họ phụ trách khi còn tại vị.',
  'tools.bad-hire-cost.formula.otherLostProfit':
    'Lợi nhuận gộp mất vì doanh số hụt, từ lúc họ nhận việc đến khi kinh doanh hồi phục.',
  'tools.bad-hire-cost.formula.otherTotal':
    'Tổng cái giá của việc tuyển sai CEO, CMO hoặc CFO.',
  'tools.bad-hire-cost.formula.times':
    'Bên này tốn gấp mấy lần bên kia: tổng lớn hơn chia cho tổng nhỏ hơn.',
  'tools.bad-hire-cost.omits1':
    'Những thiệt hại không dòng nào định giá: kỹ sư giỏi bỏ đi, khách hàng hay nhà đầu tư mất niềm tin, và trường hợp xấu nhất là mất cả dự án.',
  'tools.bad-hire-cost.omits2':
    'Giá trị thời gian của tiền: các khoản đều theo giá trị danh nghĩa, không chiết khấu.',
  'tools.bad-hire-cost.omits3':
    'Việc làm lại nhanh hơn hoặc chậm hơn lần xây đầu: ở đây giả định mất thời gian như nhau.',
  'tools.bad-hire-cost.omits4':
    'Thuế và trợ cấp thôi việc.',
  'tools.cto-career.summary':
    'Nhìn thỏa thuận từ phía CTO: một sự nghiệp chứa được bao nhiêu công ty theo các nhiệm kỳ hưởng quyền toàn thời gian hoặc theo từng đợt hợp tác, có thể kỳ vọng nhận về bao nhiêu, và kết quả chênh lệch đến đâu.',
  'tools.cto-career.method1':
    'Chỉ nhiệm kỳ trọn vẹn mới được hưởng cổ phần: nhiệm kỳ toàn thời gian kéo dài số năm ở mỗi công ty, đợt hợp tác kéo dài số tháng bạn đặt, và giữa hai công ty là khoảng nghỉ bạn đặt. Tiền mặt được trả cho mọi tháng đang làm việc.',
  'tools.cto-career.method2':
    'Mỗi công ty thành công lớn với xác suất bạn đặt, độc lập với các công ty khác, nên số lần thành công theo phân phối nhị thức; xác suất có ít nhất một thành công là 1 − (1 − p)ⁿ.',
  'tools.cto-career.method3':
    'Một lần thành công mang về tỷ lệ cổ phần, sau khi trừ phần bị pha loãng qua các vòng gọi vốn sau, nhân với giá trị công ty bạn đặt, và được trả khi thoái vốn: sau khi nhiệm kỳ kết thúc (cổ phần đã hưởng quyền trọn vẹn) thêm số năm bạn đặt. Giá trị kỳ vọng là tiền mặt cộng số công ty × xác suất × khoản đó.',
  'tools.cto-career.method4':
    'Tiền mặt của con đường CTO dịch vụ là số tiền CTO thực nhận: phí công ty dịch vụ thu trừ phần công ty giữ lại (20% chỉ là ví dụ, mỗi nơi một khác). Tiền mặt của CTO toàn thời gian là lương.',
  'tools.cto-career.method5':
    'Khi tỷ lệ chiết khấu lớn hơn 0, tiền mặt mỗi tháng và mỗi khoản thu từ cổ phần được quy về giá trị tại lúc bắt đầu sự nghiệp: số tiền ÷ (1 + tỷ lệ)^(số năm tính từ lúc bắt đầu). Ở mức 0, các khoản được cộng theo giá trị danh nghĩa và số năm đến lúc thoái vốn không làm thay đổi kết quả.',
  'tools.cto-career.method6':
    'Khoảng giá trị đi từ phân vị thứ 10 đến phân vị thứ 90: cứ 10 sự nghiệp thì có 8 sự nghiệp có tổng thu nhập nằm giữa hai mức này. Kết cục dễ xảy ra nhất là số lần thành công có xác suất cao nhất.',
  'tools.cto-career.formula.paths':
    'Nhiệm kỳ, phần cổ phần và tiền mặt mỗi năm của từng con đường; các công thức dưới đây áp dụng cho cả hai.',
  'tools.cto-career.formula.companies':
    'Số nhiệm kỳ trọn vẹn vừa với sự nghiệp, tính cả các khoảng nghỉ.',
  'tools.cto-career.formula.svcCash':
    'Số tiền CTO dịch vụ thực nhận mỗi năm.',
  'tools.cto-career.formula.cash':
    'Tiền mặt cho mọi tháng đang làm việc, quy về giá trị lúc bắt đầu sự nghiệp.',
  'tools.cto-career.formula.payout':
    'Khoản một lần thành công lớn mang về, chiết khấu từ lúc thoái vốn và lấy trung bình qua các nhiệm kỳ.',
  'tools.cto-career.formula.expected':
    'Tiền mặt cộng giá trị kỳ vọng của cổ phần.',
  'tools.cto-career.formula.chance':
    'Xác suất có ít nhất một lần thành công lớn.',
  'tools.cto-career.formula.range':
    'Sự nghiệp ở phân vị thứ 10 và thứ 90, theo phân phối nhị thức của số lần thành công.',
  'tools.cto-career.omits1':
    'Thuế, phúc lợi và tăng lương: tiền mặt mỗi năm giữ nguyên như bạn nhập.',
  'tools.cto-career.omits2':
    'Những thương vụ thoái vốn nhỏ hơn: một công ty hoặc thành công lớn như bạn mô tả, hoặc cổ phần không mang lại gì.',
  'tools.cto-career.omits3':
    'Các công ty cùng lên cùng xuống: ở đây mỗi công ty thành bại độc lập với các công ty khác, khiến danh mục trông an toàn hơn thực tế.',
  'tools.cto-career.omits4':
    'Thời điểm cụ thể của từng lần thành công: khoảng giá trị tính mỗi lần thành công theo giá trị hiện tại trung bình của các khoản thu trong sự nghiệp.',

  'calc.currency': 'Tiền tệ',
  'calc.currency.USD': 'Đô la Mỹ (USD)',
  'calc.currency.CNY': 'Nhân dân tệ (CNY)',
  'calc.currency.VND': 'Đồng Việt Nam (VND)',
  'calc.currency.examples': 'Đang hiển thị các giá trị ví dụ cho {currency}.',
  'calc.currency.restored': 'Đã hiển thị lại các số {currency} bạn nhập trước đó.',
  'calc.currency.kept': 'Các số {currency} của bạn vẫn được giữ: chuyển lại để xem.',
  'calc.examples': 'Các giá trị ban đầu chỉ là ví dụ để bạn thay bằng số của mình, không phải dữ liệu thị trường.',
  'calc.exampleSalary': 'Mức lương ví dụ, dùng chung cho cả ba công cụ tính: hãy thay bằng số của bạn.',
  'calc.noscript': 'Kết quả bên dưới được tính từ các giá trị ví dụ. Muốn tính lại với số của bạn cần bật JavaScript.',
  'calc.inputs': 'Số liệu của bạn',
  'calc.results': 'Kết quả',
  'calc.copyLink': 'Sao chép liên kết đến kết quả này',
  'calc.copied': 'Đã sao chép liên kết.',
  'calc.copyFailed': 'Không sao chép được. Địa chỉ trang chính là liên kết.',
  'calc.reset': 'Trở về giá trị ví dụ',
  'calc.openTool': 'Mở máy tính đầy đủ',
  'calc.scenario.keep': 'Giữ làm phương án A',
  'calc.scenario.keepHint': 'Sau đó đổi bất kỳ số liệu nào: kết quả sẽ đặt phương án A cạnh số liệu mới của bạn.',
  'calc.scenario.defaultA': 'Phương án A',
  'calc.scenario.defaultB': 'Phương án B',
  'calc.scenario.caption': 'So sánh {a} với {b}',
  'calc.scenario.output': 'Chỉ số',
  'calc.scenario.difference': 'Chênh lệch ({b} − {a})',
  'calc.scenario.nameA': 'Tên phương án A (đã giữ)',
  'calc.scenario.nameB': 'Tên phương án B (số liệu hiện tại)',
  'calc.scenario.swap': 'Đổi chỗ {a} và {b}',
  'calc.scenario.clear': 'Bỏ {a}',
  'calc.scenario.kept': 'Số liệu hiện tại đã được giữ làm {a}. Đổi bất kỳ số liệu nào để so với {b}.',
  'calc.scenario.swapped': 'Đã đổi chỗ: các ô nhập giờ hiện {b}, còn {a} được giữ lại.',
  'calc.scenario.cleared': 'Đã bỏ {a}.',
  'calc.scenario.currencies': '{a} tính bằng {currencyA}, {b} tính bằng {currencyB}. Số tiền không bao giờ được quy đổi nên các khoản tiền không có chênh lệch.',
  'calc.scenario.otherCurrency': 'Khác loại tiền',
  'calc.scenario.none': 'Không có',
  'calc.scenario.noDifference': 'Không so được',
  'calc.scenario.points': '{value} điểm phần trăm',
  'calc.scenario.field': '{field} ({scenario})',
  'calc.scenario.chartLine': '{scenario}: {path}',
  'calc.scenario.chartOtherCurrency': 'Biểu đồ không vẽ {a} vì phương án này tính bằng {currency}, và số tiền không bao giờ được quy đổi.',
  'calc.scenario.cc.cash': 'Chỉ tính tiền mặt',
  'calc.scenario.cc.economic': 'Chi phí kinh tế',
  'calc.scenario.cc.fullTimeMinusService': 'CTO toàn thời gian trừ CTO dịch vụ',
  'calc.scenario.cc.equityFullTime': 'Cổ phần của CTO toàn thời gian',
  'calc.scenario.cc.equityService': 'Cổ phần của CTO dịch vụ',
  'calc.scenario.bh.times': 'Thiệt hại do CTO không phù hợp gấp mấy lần do giám đốc kia',
  'calc.scenario.bh.rebuildMonths': 'Thời gian làm lại',
  'calc.scenario.career.low': 'Tổng thu nhập của sự nghiệp ở phân vị 10',
  'calc.scenario.career.high': 'Tổng thu nhập của sự nghiệp ở phân vị 90',
  'calc.scenario.career.mostLikely': 'Số thành công lớn dễ xảy ra nhất',
  'calc.urlNotice': 'Một số giá trị trong liên kết không đọc được nên đã dùng giá trị ví dụ cho: {fields}.',
  'calc.stale': 'Có ô cần sửa; kết quả vẫn hiển thị các số hợp lệ gần nhất của bạn.',
  'calc.error.empty': 'Hãy nhập một số.',
  'calc.error.malformed': 'Đây không phải là số. Hãy nhập chữ số, ví dụ 120.000.000 hoặc 120 triệu.',
  'calc.error.ambiguous': 'Số này có thể hiểu là {grouped} hoặc {decimal}. Hãy nhập lại theo đúng ý bạn.',
  'calc.error.negative': 'Hãy nhập một số từ 0 trở lên.',
  'calc.error.tooSmall': 'Hãy nhập ít nhất {min}.',
  'calc.error.tooLarge': 'Hãy nhập tối đa {max}.',
  'calc.error.notWhole': 'Hãy nhập một số nguyên.',
  'calc.readback': '= {value}',
  'calc.unit.months': 'tháng',
  'calc.unit.years': 'năm',
  'calc.unit.daysPerWeek': 'ngày/tuần',
  'calc.table.show': 'Xem số liệu dạng bảng',
  'calc.month': 'Tháng',
  'calc.chart.scrub': 'Tháng đang xem trên biểu đồ',
  'calc.chart.hint': 'Rê chuột hoặc chạm vào biểu đồ, hay chọn biểu đồ rồi dùng phím mũi tên, để xem số liệu của bất kỳ tháng nào.',
  'calc.sens.title': 'Điều gì làm thay đổi kết luận: lần lượt thay đổi từng thông số',
  'calc.sens.method':
    'Lần lượt từng thông số được đặt ở mức thấp rồi mức cao của khoảng biến thiên, các thông số khác giữ nguyên số bạn nhập, và kết quả được tính lại. Kết quả ở đây là {metric}. Khoảng biến thiên là một phần tư giá trị về mỗi phía, trong giới hạn của ô nhập; tỷ lệ phần trăm thay đổi ít nhất 1 điểm phần trăm, thời gian ít nhất 1 tháng hoặc 1 năm (theo số nguyên nếu ô chỉ nhận số nguyên), số ngày mỗi tuần thay đổi nửa ngày, một vài tỷ lệ thay đổi theo số điểm cố định, còn khoản tiền bằng 0 được cho tăng đến một phần tư giá trị ví dụ. Bảng ghi khoảng biến thiên của từng thông số.',
  'calc.sens.base': 'Với số liệu của bạn, kết quả là {value}.',
  'calc.sens.flipsNone': 'Không thông số nào làm đổi kết luận ở hai đầu khoảng biến thiên của nó.',
  'calc.sens.flipsSome': 'Ở một đầu khoảng biến thiên, {fields} sẽ làm đổi kết luận (có dấu “⇄ đổi kết luận”).',
  'calc.sens.flipsMany': 'Có {count} thông số sẽ làm đổi kết luận ở một đầu khoảng biến thiên; mỗi thông số đều có dấu “⇄ đổi kết luận”.',
  'calc.sens.flips': '⇄ đổi kết luận',
  'calc.sens.chartAlt': 'Biểu đồ lốc xoáy: khoảng biến thiên của mỗi thông số làm kết quả thay đổi bao nhiêu, xếp từ ảnh hưởng lớn nhất. Bảng bên dưới có cùng số liệu.',
  'calc.sens.chartTop': 'Biểu đồ chỉ hiện {count} thông số ảnh hưởng nhiều nhất; bảng liệt kê tất cả.',
  'calc.sens.legendLow': 'Thông số ở mức thấp',
  'calc.sens.legendHigh': 'Thông số ở mức cao',
  'calc.sens.legendBase': 'Đường liền: số liệu của bạn',
  'calc.sens.legendTie': 'Đường đứt: mức 0, nơi kết luận đảo chiều',
  'calc.sens.caption': 'Kết quả ở hai đầu khoảng biến thiên của từng thông số, xếp từ ảnh hưởng lớn nhất',
  'calc.sens.qualified': '{group}: {field}',
  'calc.sens.input': 'Thông số',
  'calc.sens.range': 'Khoảng biến thiên',
  'calc.sens.atLow': 'Kết quả ở mức thấp',
  'calc.sens.atHigh': 'Kết quả ở mức cao',
  'calc.sens.flipsColumn': 'Đổi kết luận?',
  'calc.sens.yes': 'Có ⇄',
  'calc.sens.no': 'Không',
  'calc.sens.rangeValue': '{low} đến {high}',

  'calc.cc.group.scope': 'Phạm vi',
  'calc.cc.group.fullTime': 'CTO toàn thời gian',
  'calc.cc.group.service': 'CTO dịch vụ',
  'calc.cc.view': 'Chi phí được tính',
  'calc.cc.view.cash': 'Chỉ tiền mặt: lương, phí, thưởng, chi phí tuyển dụng và chi phí ghế trống',
  'calc.cc.view.economic': 'Chi phí kinh tế: tiền mặt cộng phần cổ phần đã hưởng quyền, định giá theo giá trị công ty',
  'calc.cc.horizonYears': 'Khoảng thời gian tính',
  'calc.cc.vacancyMonthlyCost': 'Chi phí mỗi tháng khi không có người lãnh đạo kỹ thuật (0 để bỏ qua)',
  'calc.cc.salaryGrowthPct': 'Mức tăng lương mỗi năm, %',
  'calc.cc.discountPct': 'Tỷ lệ chiết khấu mỗi năm, % (0 = không chiết khấu)',
  'calc.cc.companyValue': 'Định giá công ty dùng để tính giá trị cổ phần',
  'calc.cc.dilutionPct': 'Mức pha loãng cổ phần mỗi năm, %',
  'calc.cc.ftSalary': 'Lương hằng năm',
  'calc.cc.ftBonus': 'Thưởng hằng năm',
  'calc.cc.ftOverheadPct': 'Phúc lợi và chi phí chung, % lương',
  'calc.cc.ftRecruiting': 'Chi phí tuyển dụng (một lần)',
  'calc.cc.ftMonthsToHire': 'Thời gian tuyển',
  'calc.cc.ftEquityPct': 'Cổ phần trao, %',
  'calc.cc.ftVestingYears': 'Thời gian hưởng quyền (mốc cliff một năm)',
  'calc.cc.svcMode': 'Hình thức CTO dịch vụ',
  'calc.cc.svcMode.seat': 'Trọn vị trí: một CTO toàn thời gian trong 1–2 năm, trả phí hằng tháng',
  'calc.cc.svcMode.fractional': 'Bán thời gian: vài ngày mỗi tuần, trả theo đơn giá theo ngày',
  'calc.cc.svcMonthsToStart': 'Thời gian để bắt đầu hợp tác',
  'calc.cc.svcMonthlyFee': 'Phí hằng tháng',
  'calc.cc.svcDaysPerWeek': 'Số ngày mỗi tuần',
  'calc.cc.svcDayRate': 'Đơn giá theo ngày',
  'calc.cc.svcMonths': 'Thời hạn hợp tác',
  'calc.cc.svcBonusCash': 'Thưởng thành công bằng tiền mặt',
  'calc.cc.svcBonusEquityPct': 'Thưởng thành công bằng cổ phần, %',
  'calc.cc.svcOverlapMonths': 'Thời gian bàn giao chồng lấn',
  'calc.cc.leadSalary': 'Lương năm của người phụ trách kỹ thuật nội bộ tiếp quản',
  'calc.cc.basis.cash': 'tiền mặt',
  'calc.cc.basis.cashPv': 'tiền mặt quy về giá trị hôm nay',
  'calc.cc.basis.economic': 'tiền mặt và cổ phần',
  'calc.cc.basis.economicPv': 'tiền mặt và cổ phần quy về giá trị hôm nay',
  'calc.cc.verdict.serviceFrom': 'Từ tháng {month} trở đi, CTO dịch vụ luôn rẻ hơn: tổng cộng ít hơn {amount} {basis} trong {years}.',
  'calc.cc.verdict.fullTimeFrom':
    'Từ tháng {month} trở đi, CTO toàn thời gian luôn rẻ hơn: tổng cộng ít hơn {amount} {basis} trong {years}.',
  'calc.cc.verdict.serviceStart':
    'Cộng dồn theo từng tháng, CTO dịch vụ chưa lúc nào tốn hơn CTO toàn thời gian: tổng cộng ít hơn {amount} {basis} trong {years}.',
  'calc.cc.verdict.fullTimeStart':
    'Cộng dồn theo từng tháng, CTO toàn thời gian chưa lúc nào tốn hơn CTO dịch vụ: tổng cộng ít hơn {amount} {basis} trong {years}.',
  'calc.cc.verdict.equal': 'Trong {years}, hai cách tốn như nhau, tính theo {basis}.',
  'calc.cc.marker': 'Từ tháng {month}',
  'calc.cc.readout': 'Tháng {month}: CTO toàn thời gian {fullTime}, CTO dịch vụ {service}',
  'calc.cc.readoutKept': '; {scenario}: CTO toàn thời gian {fullTime}, CTO dịch vụ {service}',
  'calc.cc.totalFullTime': 'CTO toàn thời gian, tổng cộng',
  'calc.cc.totalService': 'CTO dịch vụ, tổng cộng',
  'calc.cc.difference': 'Chênh lệch',
  'calc.cc.breakEven': 'Điểm hòa vốn',
  'calc.cc.breakEvenMonth': 'Tháng {month}',
  'calc.cc.breakEvenNone': 'Không có',
  'calc.cc.breakEvenDefined':
    'Điểm hòa vốn là tháng đầu tiên mà từ đó cách có tổng chi phí thấp hơn trong cả khoảng thời gian tính luôn rẻ hơn, tính theo chi phí cộng dồn, cho đến hết khoảng thời gian đó.',
  'calc.cc.breakEvenNever.service':
    'Hai đường không bao giờ cắt nhau: CTO dịch vụ không tốn hơn CTO toàn thời gian ở bất kỳ tháng nào, nên không có điểm hòa vốn.',
  'calc.cc.breakEvenNever.fullTime':
    'Hai đường không bao giờ cắt nhau: CTO toàn thời gian không tốn hơn CTO dịch vụ ở bất kỳ tháng nào, nên không có điểm hòa vốn.',
  'calc.cc.breakEvenTie': 'Hai cách tốn như nhau trong cả khoảng thời gian tính, nên không cách nào hòa vốn so với cách kia.',
  'calc.cc.views': 'Chỉ tính tiền mặt: {cash}. Tính chi phí kinh tế: {economic}.',
  'calc.cc.views.service': 'CTO dịch vụ tốn ít hơn {amount}',
  'calc.cc.views.fullTime': 'CTO toàn thời gian tốn ít hơn {amount}',
  'calc.cc.views.equal': 'hai cách như nhau',
  'calc.cc.views.disagree': 'Hai góc nhìn cho kết quả khác nhau: tính cả cổ phần thì cách rẻ hơn đổi chiều.',
  'calc.cc.chart': 'Chi phí cộng dồn theo tháng, tính theo {basis}',
  'calc.cc.chartAlt':
    'Biểu đồ đường chi phí cộng dồn ({basis}) trong {months} tháng: CTO toàn thời gian đạt {fullTime}, CTO dịch vụ đạt {service}.',
  'calc.cc.sens.metric':
    'tổng chi phí CTO toàn thời gian trừ tổng chi phí CTO dịch vụ trong cả giai đoạn, tính theo {basis}: lớn hơn 0 nghĩa là CTO dịch vụ rẻ hơn, nhỏ hơn 0 nghĩa là CTO toàn thời gian rẻ hơn',
  'calc.cc.equity': 'Cổ phần phải nhường',
  'calc.cc.path': 'Cách',
  'calc.cc.granted': 'Đã trao',
  'calc.cc.vested': 'Đã hưởng quyền đến cuối kỳ',
  'calc.cc.vestedValue': 'Giá trị tính vào chi phí kinh tế',

  'calc.bh.group.cto': 'CTO không phù hợp',
  'calc.bh.group.other': 'Để so sánh: CEO, CMO hoặc CFO không phù hợp',
  'calc.bh.monthsToNotice': 'Số tháng đến khi nhận ra vấn đề',
  'calc.bh.ctoSalary': 'Lương năm của CTO',
  'calc.bh.teamCostPerMonth': 'Chi phí đội kỹ thuật mỗi tháng',
  'calc.bh.rebuildPct': 'Tỷ lệ công việc của đội phải làm lại, %',
  'calc.bh.lostProfitPerMonth': 'Lợi nhuận gộp mất mỗi tháng trong lúc sản phẩm bị chậm',
  'calc.bh.replacementCost': 'Chi phí tuyển CTO thay thế',
  'calc.bh.otherMonthsToNotice': 'Số tháng đến khi nhận ra vấn đề ở lãnh đạo đó',
  'calc.bh.otherExecSalary': 'Lương năm của lãnh đạo đó',
  'calc.bh.otherWastedPerMonth': 'Khoản chi bị lãng phí mỗi tháng khi họ còn giữ vị trí',
  'calc.bh.otherLostProfitPerMonth': 'Lợi nhuận gộp mất mỗi tháng vì doanh số hụt, cho đến khi kinh doanh hồi phục',
  'calc.bh.otherRecoveryMonths': 'Số tháng để kinh doanh hồi phục sau khi họ rời đi',
  'calc.bh.otherExecRehireCost': 'Chi phí tuyển lại vị trí đó',
  'calc.bh.part.salary': 'Lương đã trả',
  'calc.bh.part.thrownAway': 'Khoản chi không mang lại gì',
  'calc.bh.part.lostMonths': 'Lợi nhuận gộp mất trong thời gian kinh doanh bị chững lại',
  'calc.bh.part.replacement': 'Tuyển người thay thế',
  'calc.bh.barCto': 'CTO không phù hợp',
  'calc.bh.barOther': 'CEO, CMO hoặc CFO không phù hợp',
  'calc.bh.total': 'Tổng',
  'calc.bh.summary': 'Tuyển sai CTO tốn {total}, gấp {times} lần tuyển sai CEO, CMO hoặc CFO ({other}).',
  'calc.bh.summaryOtherMore': 'Tuyển sai CEO, CMO hoặc CFO tốn {other}, gấp {times} lần tuyển sai CTO ({total}).',
  'calc.bh.summarySimilar': 'Tuyển sai CTO tốn {total}, xấp xỉ tuyển sai CEO, CMO hoặc CFO ({other}).',
  'calc.bh.summaryAlone': 'Đến khi vấn đề được khắc phục, một CTO không phù hợp tốn {total}.',
  'calc.bh.summaryOtherAlone': 'Với các số liệu này, tuyển sai CTO không tốn gì, còn tuyển sai CEO, CMO hoặc CFO tốn {other}.',
  'calc.bh.chart': 'Cái giá của mỗi lần tuyển sai',
  'calc.bh.chartAlt': 'Biểu đồ thanh: CTO không phù hợp tốn {total}, CEO, CMO hoặc CFO không phù hợp tốn {other}.',
  'calc.bh.sens.metric':
    'chi phí tuyển sai CTO trừ chi phí tuyển sai CEO, CMO hoặc CFO: lớn hơn 0 nghĩa là tuyển sai CTO tốn hơn, nhỏ hơn 0 nghĩa là tuyển sai vị trí kia tốn hơn (dùng phần chênh lệch thay cho “số lần”, vì số lần mất ý nghĩa khi một bên bằng 0)',
  'calc.bh.item': 'Khoản chi',

  'calc.career.group.career': 'Sự nghiệp',
  'calc.career.group.fullTime': 'Nhiệm kỳ toàn thời gian',
  'calc.career.group.service': 'Các đợt hợp tác với vai trò CTO dịch vụ',
  'calc.career.careerYears': 'Số năm sự nghiệp còn lại',
  'calc.career.gapMonths': 'Số tháng nghỉ giữa hai công ty',
  'calc.career.successChancePct': 'Xác suất một công ty thành công lớn, %',
  'calc.career.exitValue': 'Giá trị công ty khi thành công lớn',
  'calc.career.dilutionPct': 'Phần cổ phần bị pha loãng qua các vòng gọi vốn trước khi thoái vốn, %',
  'calc.career.exitLagYears': 'Số năm từ khi kết thúc nhiệm kỳ đến lúc thoái vốn trả tiền cho cổ phần',
  'calc.career.discountPct': 'Tỷ lệ chiết khấu mỗi năm, % (0 = không chiết khấu)',
  'calc.career.yearsPerCompany': 'Số năm ở mỗi công ty (thời gian hưởng quyền)',
  'calc.career.ftEquityPct': 'Tỷ lệ cổ phần ở mỗi công ty, %',
  'calc.career.ftCashPerYear': 'Tiền mặt mỗi năm',
  'calc.career.monthsPerEngagement': 'Số tháng mỗi đợt hợp tác',
  'calc.career.svcEquityPct': 'Tỷ lệ cổ phần mỗi đợt hợp tác, %',
  'calc.career.svcFeePerYear': 'Phí công ty dịch vụ thu mỗi năm',
  'calc.career.svcMarginPct': 'Phần phí công ty dịch vụ giữ lại, % (giá trị ví dụ)',
  'calc.career.fullTime': 'CTO toàn thời gian',
  'calc.career.service': 'CTO dịch vụ',
  'calc.career.expected': 'Giá trị kỳ vọng: tiền mặt cộng giá trị kỳ vọng của cổ phần',
  'calc.career.range': '8 trên 10 sự nghiệp nằm trong khoảng (phân vị 10–90)',
  'calc.career.rangeValue': 'từ {low} đến {high}',
  'calc.career.mostLikely': 'Kết cục dễ xảy ra nhất',
  'calc.career.mostLikelyNone': 'Không có thành công lớn nào ({chance})',
  'calc.career.mostLikelySome': { other: '{count} thành công lớn ({chance})' },
  'calc.career.companies': 'Số công ty trong sự nghiệp',
  'calc.career.chance': 'Xác suất có ít nhất một thành công lớn',
  'calc.career.equity': 'Giá trị kỳ vọng của cổ phần',
  'calc.career.cash': 'Tiền mặt trong cả sự nghiệp',
  'calc.career.summary':
    'Trong {years}, CTO toàn thời gian có thể kỳ vọng {fullTime}, CTO dịch vụ {service} (tiền mặt cộng giá trị kỳ vọng của cổ phần).',
  'calc.career.summaryNoneBoth': 'Ở cả hai con đường, kết cục dễ xảy ra nhất là không có thành công lớn nào.',
  'calc.career.summaryNoneFullTime': 'Làm CTO toàn thời gian, kết cục dễ xảy ra nhất là không có thành công lớn nào.',
  'calc.career.summaryNoneService': 'Làm CTO dịch vụ, kết cục dễ xảy ra nhất là không có thành công lớn nào.',
  'calc.career.chart': 'Tiền mặt và giá trị kỳ vọng của cổ phần trong cả sự nghiệp',
  'calc.career.chartAlt': 'Biểu đồ thanh: CTO toàn thời gian nhận {fullTime} tiền mặt và giá trị kỳ vọng cổ phần, CTO dịch vụ nhận {service}.',
  'calc.career.sens.metric':
    'giá trị kỳ vọng khi làm CTO dịch vụ trừ giá trị kỳ vọng khi làm CTO toàn thời gian: lớn hơn 0 nghĩa là con đường CTO dịch vụ đáng giá hơn, nhỏ hơn 0 nghĩa là làm toàn thời gian đáng giá hơn',
  'calc.career.measure': 'Chỉ số',
};
