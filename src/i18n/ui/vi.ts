import type { UIDictionary } from './en';
import { viQuizzes } from './vi-quizzes';
import { viTools } from './vi-tools';

/** Chuỗi giao diện tiếng Việt. Thiếu hoặc thừa một khóa so với bản tiếng Anh là lỗi kiểu. */
export const vi: UIDictionary = {
  'site.name': 'Cẩm nang CTO',
  'site.tagline': 'Tuyển dụng, thuê và làm việc cùng giám đốc công nghệ',
  'site.description':
    'Cẩm nang độc lập dành cho nhà sáng lập và lãnh đạo doanh nghiệp: khi nào nên tuyển CTO toàn thời gian, khi nào nên dùng CTO như một dịch vụ, và làm thế nào để CEO và CTO phối hợp ăn ý.',

  'skip.toContent': 'Chuyển đến nội dung',
  'nav.label': 'Điều hướng chính',
  'nav.guides': 'Cẩm nang',
  'nav.tools': 'Công cụ',
  'nav.quizzes': 'Trắc nghiệm',
  'nav.search': 'Tìm kiếm',
  'nav.glossary': 'Thuật ngữ',
  'nav.faq': 'Hỏi đáp',
  'nav.menu': 'Trình đơn',
  'search.title': 'Tìm kiếm',
  'search.description': 'Tìm trong mọi bài cẩm nang, bảng thuật ngữ và phần hỏi đáp.',
  'search.label': 'Tìm trong trang',
  'search.placeholder': 'Tìm cẩm nang, thuật ngữ, hỏi đáp',
  'search.shortcutHint': 'Nhấn / hoặc Ctrl K để tìm kiếm từ bất kỳ trang nào.',
  'search.close': 'Đóng tìm kiếm',
  'search.allLanguages': 'Tìm trong mọi ngôn ngữ',
  'search.loading': 'Đang tải công cụ tìm kiếm…',
  'search.error': 'Không tải được công cụ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.',
  'search.results': { other: '{count} kết quả cho “{query}”' },
  'search.missingWords': 'Không tìm thấy nên đã bỏ qua khi tìm: {words}.',
  'search.showMore': 'Xem thêm {count} kết quả',
  'search.noResults': 'Không có kết quả nào cho “{query}”.',
  'search.noResultsHelp': 'Hãy kiểm tra chính tả hoặc thử từ khác. Bạn cũng có thể tìm trong mọi ngôn ngữ, xem tất cả bài cẩm nang hoặc tra thuật ngữ trong bảng thuật ngữ.',
  'search.tryAllLanguages': 'Thử tìm trong mọi ngôn ngữ',
  'search.needsJavaScript': 'Tìm kiếm chạy trong trình duyệt và cần JavaScript. Nếu không có JavaScript, bạn có thể xem các bài cẩm nang hoặc bảng thuật ngữ.',
  'search.type.guide': 'Cẩm nang',
  'search.type.glossary': 'Thuật ngữ',
  'search.type.faq': 'Hỏi đáp',
  'search.type.tool': 'Công cụ',
  'search.type.quiz': 'Trắc nghiệm',
  'search.sections': 'Các mục liên quan',
  'nav.home': 'Trang chủ {site}',

  'language.label': 'Ngôn ngữ',
  'language.short': 'VI',
  'theme.label': 'Giao diện',
  'theme.system': 'Hệ thống',
  'theme.light': 'Sáng',
  'theme.dark': 'Tối',
  'offline.title': 'Lưu bản tiếng Việt để đọc ngoại tuyến',
  'offline.text':
    'Tải mọi trang tiếng Việt và dữ liệu tìm kiếm về thiết bị để đọc và tìm kiếm khi không có mạng. Dù không tải, những trang bạn đã mở vẫn được lưu lại để đọc khi không có mạng.',
  'offline.size': 'Dung lượng tải về: {size}, gồm mọi trang và chỉ mục tìm kiếm.',
  'offline.keep': 'Lưu để đọc ngoại tuyến',
  'offline.progress': 'Đang tải: đã xong {done}/{total} tệp.',
  'offline.kept': 'Bản tiếng Việt đã được lưu: mọi trang và chức năng tìm kiếm đều dùng được khi không có mạng.',
  'offline.remove': 'Xóa khỏi thiết bị này',
  'offline.removed': 'Đã xóa khỏi thiết bị này.',
  'offline.failed': 'Tải về bị gián đoạn. Hãy kiểm tra kết nối rồi thử lại.',
  'offline.updated': 'Trang web vừa có phiên bản mới.',
  'offline.reload': 'Tải lại',

  'footer.navLabel': 'Các chuyên mục',
  'footer.sourcesHeading': 'Dựa trên',
  'footer.licence':
    'Nội dung văn bản theo giấy phép CC BY 4.0; mã nguồn theo giấy phép MIT. Các con số trong ví dụ chỉ để minh họa, hãy thay bằng số liệu của bạn; chúng không phải dữ liệu thị trường.',
  'footer.feed': 'Theo dõi bài cẩm nang mới và vừa cập nhật (nguồn cấp Atom)',
  'feed.title': 'Cẩm nang CTO: bài cẩm nang mới và vừa cập nhật',
  'app.shortName': 'Cẩm nang CTO',
  'citation.separator': ', ',
  'citation.quoteOpen': '“',
  'citation.quoteClose': '”',

  'track.cto-as-a-service': 'CTO như một dịch vụ',
  'track.ceo-and-cto': 'CEO và CTO',
  'track.finding-and-engaging': 'Tìm và hợp tác với CTO',
  'track.cto-as-a-service.summary':
    'Vì sao một hai năm đầu của giám đốc công nghệ (CTO) là quan trọng nhất, và cách thuê một CTO giàu kinh nghiệm cho đúng giai đoạn đó.',
  'track.ceo-and-cto.summary':
    'Giám đốc điều hành (CEO) và CTO phân công công việc, xây dựng lòng tin và cùng nhau giải quyết vấn đề như thế nào.',
  'track.finding-and-engaging.summary':
    'Mô hình nào phù hợp, tìm CTO ở đâu, thẩm định, định giá và ký hợp đồng ra sao, và nhà đầu tư sẽ kiểm tra những gì.',

  'home.title': 'Chọn cách doanh nghiệp của bạn có được người dẫn dắt công nghệ',
  'home.lead':
    'Cẩm nang và công cụ cho nhà sáng lập, lãnh đạo đang cân nhắc giữa giám đốc công nghệ (CTO) toàn thời gian và CTO như một dịch vụ, cũng như cho những cặp CEO – CTO muốn hợp tác thật hiệu quả.',
  'home.situations': 'Bắt đầu từ hoàn cảnh của bạn',
  'home.situation.need-leadership.title': 'Công ty tôi cần người dẫn dắt công nghệ',
  'home.situation.need-leadership.text':
    'Các quyết định công nghệ chưa có ai đứng ra gánh vác. Tuyển một CTO toàn thời gian, hay mời một CTO giàu kinh nghiệm theo hình thức dịch vụ cho một, hai năm quan trọng nhất?',
  'home.situation.strained-partnership.title': 'Quan hệ CEO – CTO đang căng thẳng',
  'home.situation.strained-partnership.text':
    'Quyết định cứ treo mãi, có chuyện là đổ lỗi cho nhau, hoặc hai người gần như không còn trao đổi. Hãy tìm ra chỗ yếu của mối quan hệ và gỡ mâu thuẫn mà không cần đổ lỗi.',
  'home.situation.cto-weighing-service.title': 'Tôi là CTO, đang cân nhắc làm CTO dịch vụ',
  'home.situation.cto-weighing-service.text':
    'Đặt cược một lần vào cổ phần phải chờ nhiều năm mới nhận đủ, hay nhận liên tiếp nhiều hợp đồng một đến hai năm? Xem vai trò nào hợp với bạn và mỗi con đường mang lại bao nhiêu.',
  'home.kind.guide': 'Bài cẩm nang',
  'home.kind.quiz': 'Trắc nghiệm',
  'home.kind.tool': 'Công cụ tính',
  'card.alt': '{kind} · {title}',
  'card.kind.quizResult': 'Kết quả trắc nghiệm',
  'home.browse': 'Toàn bộ nội dung',
  'home.glossarySummary':
    'Các thuật ngữ dùng trong cẩm nang, mỗi từ giải thích trong vài dòng: CTO như một dịch vụ, CTO bán thời gian, thời gian hưởng quyền, điểm hòa vốn và nhiều từ khác.',
  'home.faqSummary':
    'Trả lời ngắn cho những câu nhà sáng lập hay hỏi đầu tiên: chi phí bao nhiêu, hợp tác bao lâu, có chia cổ phần không, và khi kết thúc thì sao.',
  'home.toolsSummary': 'Các máy tính giúp bạn đặt số liệu của chính mình vào quyết định: CTO toàn thời gian hay CTO như một dịch vụ, cái giá của việc tuyển sai, và thỏa thuận nhìn từ phía CTO.',
  'home.quizzesSummary': 'Vài phút trả lời câu hỏi để biến tình huống của bạn thành một khuyến nghị có giải thích.',
  'home.allGuides': 'Tất cả cẩm nang',

  'guides.title': 'Cẩm nang',
  'guides.description':
    'Toàn bộ cẩm nang về CTO như một dịch vụ và mối quan hệ giữa CEO và CTO, sắp xếp theo chủ đề.',
  'guides.count': { other: '{count} bài' },

  'guide.toc': 'Trong bài này',
  'guide.inShort': 'Tóm tắt',
  'guide.readingTime': 'Thời gian đọc: {duration}',
  'guide.updated': 'Cập nhật lần cuối: {date}',
  'guide.sources': 'Nguồn tham khảo',
  'guide.sourcesIntro':
    'Bài viết dựa trên các dữ kiện và lập luận trong những bài dưới đây; trừ các câu trích dẫn đặt trong ngoặc kép, mọi chỗ khác là lời của chúng tôi:',
  'guide.referencesIntro': 'Các thông tin về pháp luật, tài chính và thông lệ thị trường được trích từ:',
  'guide.previous': 'Bài trước',
  'guide.next': 'Bài tiếp theo',
  'guide.pagination': 'Bài trước và bài tiếp theo',
  'guide.relatedTools': 'Thử tính với số liệu của bạn',
  'guide.track': 'Chủ đề: ',

  'callout.takeaway': 'Điểm chính',
  'callout.warning': 'Cần lưu ý',
  'diagram.textVersion': 'Sơ đồ dạng văn bản',
  'term.show': 'Xem định nghĩa “{term}”',
  'term.fullEntry': 'Xem đầy đủ trong bảng thuật ngữ',
  'sideBySide.label': 'Đọc song ngữ',
  'sideBySide.offer': 'Đọc song ngữ với bản {language}',
  'sideBySide.loading': 'Đang tải bản ngôn ngữ còn lại…',
  'sideBySide.shown': 'Hai ngôn ngữ đặt cạnh nhau theo từng mục.',
  'sideBySide.error': 'Chưa tải được bản ngôn ngữ còn lại. Hãy kiểm tra kết nối rồi thử lại.',
  'sideBySide.retry': 'Thử lại',
  'sideBySide.single': 'Trở về chế độ đọc một ngôn ngữ',

  'tool.cost-comparison': 'CTO toàn thời gian hay CTO như một dịch vụ: so sánh chi phí',
  'tool.bad-hire-cost': 'Cái giá của việc tuyển sai CTO',
  'tool.cto-career': 'Thỏa thuận nhìn từ phía CTO',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body':
    'Địa chỉ này không dẫn đến trang nào. Có thể trang đã được chuyển đi, hoặc đường dẫn bị gõ sai.',
  'notFound.home': 'Về trang chủ',
  'notFound.guides': 'Xem các bài cẩm nang',

  'chooser.title': 'Chọn ngôn ngữ',
  ...viTools,
  ...viQuizzes,
};
